namespace ModelStrategy.Core.Pricing;

/// <summary>
/// Where the recommendation service gets its prices: the book in force now. The core's default is the built-in
/// book; the host replaces it with one that reads and reloads the operator's price file.
/// </summary>
public interface IPriceBookSource
{
    /// <summary>The book to compute the next recommendation with.</summary>
    PriceBook Current { get; }
}

/// <summary>The built-in book, always.</summary>
internal sealed class BuiltInPriceBookSource : IPriceBookSource
{
    public PriceBook Current => PriceBook.BuiltIn;
}
