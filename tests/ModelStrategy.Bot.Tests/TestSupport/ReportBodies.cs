namespace ModelStrategy.Bot.Tests.TestSupport;

/// <summary>Request bodies whose recommendation chooses each path, and the edge cases the report page must survive.</summary>
internal static class ReportBodies
{
    private const string Team = "\"budgetUsd\":200000,\"deadlineWeeks\":16,\"mlExpertise\":\"strong\",\"dataSensitivity\":\"internal\"";

    /// <summary>Path → body. Full fine-tuning ties with LoRA at 100 here and loses to the lighter path: see ReportClient.</summary>
    public static readonly IReadOnlyDictionary<string, string> ChosenBy = new Dictionary<string, string>
    {
        ["prompting"] = $$"""{"need":"general",{{Team}}}""",
        ["rag"] = $$"""{"need":"knowledge",{{Team}}}""",
        ["peft"] = $$"""{"need":"behavior","labeledExamples":3000,"dataQuality":"clean","baseline":"close",{{Team}}}""",
        ["rag-peft"] = $$"""{"need":"both","labeledExamples":3000,"dataQuality":"clean","baseline":"close",{{Team}}}""",
        ["full-fine-tune"] = """
            {"need":"behavior","taskType":"classification","labeledExamples":50000,"dataQuality":"clean","baseline":"close",
             "budgetUsd":500000,"deadlineWeeks":26,"mlExpertise":"strong","control":5,"latencyP95Ms":60,"requestsPerDay":100000}
            """,
        ["continued-pretraining"] = """
            {"taskType":"classification","need":"domain-language","domainNovelty":5,"domainCorpusTokens":5e9,"labeledExamples":5000,
             "dataQuality":"clean","budgetUsd":800000,"deadlineWeeks":30,"dataSensitivity":"confidential","governance":2,"control":3,
             "mlExpertise":"strong","baseline":"far"}
            """,
        ["from-scratch"] = """
            {"taskType":"qa","need":"domain-language","domainNovelty":5,"domainCorpusTokens":6e11,"labeledExamples":30000,
             "dataQuality":"clean","budgetUsd":12000000,"deadlineWeeks":104,"dataSensitivity":"sovereign","governance":5,"control":5,
             "mlExpertise":"research","baseline":"far"}
            """,
    };

    public const string MarkupUseCase = "<script>alert(1)</script> & <b>\"bold\"</b> ]]> \u0001";

    public static readonly IReadOnlyDictionary<string, string> EdgeCases = new Dictionary<string, string>
    {
        ["all-defaults"] = "{}",
        ["one-feasible"] = """{"need":"general","budgetUsd":10000,"deadlineWeeks":3}""",
        ["none-feasible"] = """{"latencyP95Ms":5,"budgetUsd":100}""",
        ["huge"] = """{"budgetUsd":1e11,"deadlineWeeks":1000,"domainCorpusTokens":1e13,"labeledExamples":100000000,"requestsPerDay":1e9}""",
        ["tiny"] = """{"budgetUsd":1,"deadlineWeeks":0.1,"latencyP95Ms":1,"requestsPerDay":0}""",
        ["markup-text"] = """
            {"text":"quick: <img src=x onerror=alert(1)> launch in 6 weeks & budget 40k </style><script>alert(2)</script>",
             "useCase":"<script>alert(1)</script> & <b>\"bold\"</b> ]]> \u0001"}
            """,
    };

    public static TheoryData<string> Paths => [.. ChosenBy.Keys];

    public static TheoryData<string> EdgeCaseNames => [.. EdgeCases.Keys];
}
