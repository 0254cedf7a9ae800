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
        e.AddPhase("Prompt design, tools and output constraints", Spread.Range(1, 0.5, 2));
        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: false));
        CommonEnd(ctx, e);
        People(e, engineers: 1);
        Run(ctx, e, Figures.OperationsShare.Value, Spread.Zero, "Nothing else");
    }

    private static void Rag(EstimationContext ctx, PathEstimate e)
    {
        Serve(ctx, e);
        CommonStart(ctx, e);
        e.AddPhase("Ingestion, chunking and index", Spread.Range(1, 0.5, 2));
        e.AddPhase("Evaluation set", CommonPhases.EvaluationSet(ctx, training: false));
        CommonEnd(ctx, e);
        People(e, engineers: 1.25);
        Embedding(ctx, e);
        Run(ctx, e, Figures.OperationsShare.Value * 1.7, VectorStore(e), "Vector database for 12 months");
    }

    private static void Embedding(EstimationContext ctx, PathEstimate e)
    {
        var corpus = ctx.C.DomainCorpusTokens > 0 ? ctx.C.DomainCorpusTokens : DefaultRetrievalCorpusTokens;
        // Embed once, then re-embed what changes; a generous allowance of 12 full re-indexes a year.
        e.Data += Figures.EmbeddingPrice.Spread * (corpus / 1e6 * 13);
        e.Assume(Figures.EmbeddingPrice);
        e.Assume("Corpus to index", corpus, "tokens", ctx.C.DomainCorpusTokens > 0 ? "domainCorpusTokens" : "assumed 50M tokens of documents");
        e.Describe("data", "Embedding the corpus (initial + 12 re-indexes)", e.Data, $"{corpus / 1e6:N0}M tokens × 13 × ${Figures.EmbeddingPrice.Value}/1M");
    }

    private static Spread VectorStore(PathEstimate e)
    {
        e.Assume(Figures.VectorStoreMonthly);
        return Figures.VectorStoreMonthly.Spread * 12;
    }

    private static bool IsRetrieval(PathId path) => path is PathId.Rag or PathId.RagPeft;
}
