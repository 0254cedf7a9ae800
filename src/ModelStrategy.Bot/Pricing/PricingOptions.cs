namespace ModelStrategy.Bot.Pricing;

/// <summary>The operator's price file (section "Pricing").</summary>
internal sealed class PricingOptions
{
    public const string SectionName = "Pricing";

    /// <summary>YAML or JSON price file overlaid on the built-in prices (relative to the content root); empty: built-in prices only.</summary>
    public string? File { get; set; }

    /// <summary>How often the file is checked for changes; a change is in force from the next recommendation.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
