using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Estimation;

/// <summary>Prompting and RAG: no weight updates (ESTIMATION-RESEARCH §3.2).</summary>
internal static partial class PathEstimator
{
    /// <summary>Corpus assumed for retrieval when none was given.</summary>
    private const double DefaultRetrievalCorpusTokens = 50e6;

    private static void Prompting(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        CommonStart(ctx, e, accessShare: 0.5);
        e.AddPhase("Prompt design, tools and output constraints", Durations.OneWeek);
        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: false));
        CommonEnd(ctx, e);
        People(ctx, e, engineers: 1);
        Run(ctx, e, Figures.OperationsShare.Value, Spread.Zero, "Nothing else");
    }

    private static void Rag(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        CommonStart(ctx, e);
        e.AddPhase("Ingestion, chunking and index", Durations.OneWeek);
        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: false));
        CommonEnd(ctx, e);
        People(ctx, e, engineers: 1.25);
        Embedding(ctx, e);
        Run(ctx, e, Figures.OperationsShare.Value * 1.7, VectorStore(ctx, e), "Vector database for 12 months");
    }

    /// <summary>Tokens per retrieved chunk, so vectors = corpus / chunk (ESTIMATION-RESEARCH §3.2).</summary>
    private const double ChunkTokens = 500;

    /// <summary>Storage of one 1,536-dimension vector with 1 KB of metadata (Pinecone: 1M vectors ≈ 7.14 GB).</summary>
    private const double GbPerVector = 7.14e-6;

    private static double RetrievalCorpus(EstimationContext ctx) =>
        ctx.Constraints.DomainCorpusTokens > 0 ? ctx.Constraints.DomainCorpusTokens : DefaultRetrievalCorpusTokens;

    /// <summary>Share of the corpus re-embedded each month, from how fast the facts change.</summary>
    private static double MonthlyChangeShare(EstimationContext ctx) => ctx.Constraints.KnowledgeChange switch
    {
        KnowledgeChange.Daily => 0.5,
        KnowledgeChange.Weekly => 0.25,
        KnowledgeChange.Monthly => 0.1,
        _ => 0.02,
    };

    private static void Embedding(EstimationContext ctx, PathEstimate e)
    {
        var corpus = RetrievalCorpus(ctx);
        var passes = 1 + (12 * MonthlyChangeShare(ctx));
        var cost = ctx.Prices.Embedding.Spread * (corpus / 1e6 * passes);
        e.Data += cost;
        e.Assume(ctx.Prices.Embedding);
        e.Assume("Corpus to index", corpus, "tokens", ctx.Constraints.DomainCorpusTokens > 0 ? "the domain text you described" : "assumed 50M tokens of documents");
        e.Describe("data", "Embedding the corpus, then re-embedding what changes for 12 months", cost,
            $"{corpus / 1e6:N0}M tokens × {passes:0.#} passes × ${ctx.Prices.Embedding.Value}/1M");
    }

    /// <summary>A year of the vector database: the plan minimum, or storage of every chunk's vector if larger.</summary>
    private static Spread VectorStore(EstimationContext ctx, PathEstimate e)
    {
        e.Assume(ctx.Prices.VectorStoreMonthly);
        e.Assume(ctx.Prices.VectorStorageGbMonth);
        var storage = ctx.Prices.VectorStorageGbMonth.Spread * (RetrievalCorpus(ctx) / ChunkTokens * GbPerVector * 12);
        var minimum = ctx.Prices.VectorStoreMonthly.Spread * 12;
        return storage.P50 > minimum.P50 ? storage : minimum;
    }

    private static bool IsRetrieval(PathId path) => path is PathId.Rag or PathId.RagPeft;
}
