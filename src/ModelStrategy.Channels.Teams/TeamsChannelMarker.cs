namespace ModelStrategy.Channels.Teams;

/// <summary>Anchors the Teams channel assembly for reflection-based architecture tests.</summary>
public static class TeamsChannelMarker;
