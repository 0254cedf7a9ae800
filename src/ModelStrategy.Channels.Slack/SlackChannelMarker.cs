namespace ModelStrategy.Channels.Slack;

/// <summary>Anchors the Slack channel assembly for reflection-based architecture tests.</summary>
public static class SlackChannelMarker;
