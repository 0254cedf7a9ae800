using System.Collections.Frozen;
using ModelStrategy.Core.Estimation;

namespace ModelStrategy.Core.Pricing;

/// <summary>
/// Every price and rate the estimator uses (GPU hours by type and market, API tokens by model class, embeddings,
/// vector storage, labelling and labour), each a sourced, dated figure with a range, under a version and an as-of
/// date. Immutable: a new price file makes a new book (<see cref="Overlay"/>), and each recommendation is computed
/// with the one book it was given.
/// </summary>
public sealed class PriceBook
{
    private readonly FrozenDictionary<string, Figure> _byId;

    private PriceBook(string version, DateOnly asOf, IReadOnlyList<PriceEntry> entries)
    {
        Version = version;
        AsOf = asOf;
        // Each figure names its entry, so the assumptions the estimator lists can be followed across books that name them differently.
        Entries = [.. entries.Select(e => e.Figure.PriceId == e.Id ? e : e with { Figure = e.Figure with { PriceId = e.Id } })];
        _byId = Entries.ToFrozenDictionary(e => e.Id, e => e.Figure, StringComparer.Ordinal);
        ApiInput = _byId[PriceIds.ApiFrontierInput];
        ApiOutput = _byId[PriceIds.ApiFrontierOutput];
        HostedOpenModel = _byId[PriceIds.ApiOpen8B];
        Embedding = _byId[PriceIds.Embedding];
        VectorStoreMonthly = _byId[PriceIds.VectorStoreMonthly];
        VectorStorageGbMonth = _byId[PriceIds.VectorStorage];
        AnnotatorHour = _byId[PriceIds.Annotator];
        EngineerWeek = _byId[PriceIds.Engineer];
        ResearcherWeek = _byId[PriceIds.Researcher];
        _onDemand = Gpus.All.ToFrozenDictionary(g => g.Id, g => _byId[PriceIds.Gpu(g.Id, "onDemand")], StringComparer.Ordinal);
        Stamp = new PriceBookStamp(version, asOf);
    }

    private readonly FrozenDictionary<string, Figure> _onDemand;

    /// <summary>The prices the bot ships with.</summary>
    public static PriceBook BuiltIn { get; } = new(BuiltInPrices.Version, BuiltInPrices.AsOf, BuiltInPrices.Entries);

    /// <summary>The book's version, e.g. "2026-12".</summary>
    public string Version { get; }

    /// <summary>The day its prices were last reviewed.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every price, in the built-in book's order.</summary>
    public IReadOnlyList<PriceEntry> Entries { get; }

    /// <summary>Version and as-of date, as recommendations keep them.</summary>
    public PriceBookStamp Stamp { get; }

#pragma warning disable CS1591 // Each is the entry of the same name in PriceIds.
    public Figure ApiInput { get; }
    public Figure ApiOutput { get; }
    public Figure HostedOpenModel { get; }
    public Figure Embedding { get; }
    public Figure VectorStoreMonthly { get; }
    public Figure VectorStorageGbMonth { get; }
    public Figure AnnotatorHour { get; }
    public Figure EngineerWeek { get; }
    public Figure ResearcherWeek { get; }
#pragma warning restore CS1591

    /// <summary>The H100 price under a one-year commitment (a dedicated cluster on own or reserved infrastructure).</summary>
    public Figure CommittedH100 => _byId[PriceIds.H100Committed];

    /// <summary>The price <paramref name="id"/> (<see cref="PriceIds"/>).</summary>
    /// <exception cref="KeyNotFoundException">No such price.</exception>
    public Figure this[string id] => _byId[id];

    /// <summary>The on-demand rental price of one <paramref name="gpu"/> for an hour.</summary>
    public Figure GpuHour(GpuSpec gpu)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return _onDemand[gpu.Id];
    }

    /// <summary>
    /// This book with <paramref name="entries"/> in place of its own of the same keys (each replaced whole), under
    /// <paramref name="version"/> and <paramref name="asOf"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A version or entry that <see cref="PriceRules"/> rejects; the message lists every problem.</exception>
    public PriceBook Overlay(string version, DateOnly asOf, IReadOnlyDictionary<string, Figure> entries)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(entries);
        var problems = PriceRules.CheckVersion(version).Concat(entries.SelectMany(e => PriceRules.CheckEntry(e.Key, e.Value))).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(entries));
        }

        return new PriceBook(version, asOf, [.. Entries.Select(e => entries.TryGetValue(e.Id, out var figure) ? e with { Figure = figure } : e)]);
    }
}
