using ModelStrategy.Bot.Tests.TestSupport;

namespace ModelStrategy.Bot.Tests.EndToEnd.Pricing;

/// <summary>The real host with a price file (Pricing:File) in its temporary folder, written before it starts.</summary>
public sealed class PricedBotFactory : BotFactory
{
    public PricedBotFactory(string priceFile)
    {
        Directory.CreateDirectory(Root);
        PricePath = Path.Combine(Root, "prices.yaml");
        File.WriteAllText(PricePath, priceFile);
    }

    public string PricePath { get; }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Pricing:File"] = PricePath };
}
