using System.ComponentModel.DataAnnotations;

namespace ModelStrategy.Core.Conversations;

/// <summary>Dialog settings, bound from the "Conversations" section.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Conversations";

    /// <summary>A dialog with no input for this long is closed (history stays). Default 7 days.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many recent recommendations each conversation keeps. Default 10.</summary>
    [Range(1, 100)]
    public int HistorySize { get; set; } = 10;

    /// <summary>The most questions the guided dialog asks before it answers. Default 8.</summary>
    [Range(3, 20)]
    public int MaxSteps { get; set; } = 8;

    /// <summary>How many recent delivery ids each conversation remembers to drop repeats. Default 50.</summary>
    [Range(5, 1000)]
    public int RememberedDeliveries { get; set; } = 50;
}
