namespace ModelStrategy.Core.Tests.Triage;

public static partial class TriageCorpus
{
    private static readonly (string, string)[] Baselines =
    [
        ("prompting gets close", "baseline=close"),
        ("GPT-4 gets 90% right", "baseline=close; baselineErrorRatePct=10"),
        ("prompt-only fails 10% of the time", "baseline=close; baselineErrorRatePct=10"),
        ("tried RAG and it's far off", "baseline=far"),
        ("not even close with prompting", "baseline=far"),
        ("we haven't tried anything yet", "baseline=untried"),
        ("error rate of 35%", "baseline=far; baselineErrorRatePct=35"),
        ("accuracy is 72%", "baseline=far; baselineErrorRatePct=28"),
        ("we need 95% accuracy", ""),
        ("90% of our tickets are about billing", ""),
        ("hallucinates in about 5% of answers", "baseline=close; baselineErrorRatePct=5"),
        ("it answers 70% of HR questions well", "baseline=far; baselineErrorRatePct=30"),
    ];

    private static readonly (string, string)[] Risk =
    [
        ("PII", "dataSensitivity=confidential"),
        ("customer PII", "dataSensitivity=confidential"),
        ("confidential contracts", "dataSensitivity=confidential"),
        ("trade secrets", "dataSensitivity=confidential"),
        ("HIPAA", "dataSensitivity=confidential; governance=4"),
        ("PHI", "dataSensitivity=confidential"),
        ("GDPR", "dataSensitivity=confidential; governance=4"),
        ("SOX", "governance=4"),
        ("FDA-regulated", "governance=5"),
        ("on-prem", "dataSensitivity=sovereign"),
        ("air-gapped", "dataSensitivity=sovereign; control=4"),
        ("data must stay in-country", "dataSensitivity=sovereign"),
        ("sovereign cloud only", "dataSensitivity=sovereign"),
        ("public data", "dataSensitivity=public"),
        ("no PII, public data only", "dataSensitivity=public"),
        ("must own the weights", "control=5"),
        ("full control over the model", "control=5"),
        ("audit trail required", "governance=3"),
        ("regulated industry", "governance=4"),
        ("heavily regulated bank", "governance=5"),
        ("not regulated", "governance=0"),
    ];

    private static readonly (string, string)[] Needs =
    [
        ("JSON output", "need=behavior"),
        ("strict schema", "need=behavior"),
        ("consistent format", "need=behavior"),
        ("tone of voice", "need=behavior"),
        ("brand voice", "need=behavior"),
        ("our docs", "need=knowledge"),
        ("knowledge base", "need=knowledge"),
        ("answer questions from our documents", "taskType=qa; need=knowledge"),
        ("answer questions from our knowledge base in strict JSON", "taskType=qa; need=both"),
        ("our docs change daily", "need=knowledge; knowledgeChange=daily"),
        ("prices change every day", "knowledgeChange=daily"),
        ("updated weekly", "knowledgeChange=weekly"),
        ("our docs change every 2 weeks", "need=knowledge; knowledgeChange=weekly"),
        ("the policies rarely change", "knowledgeChange=rarely"),
        ("novel domain", "need=domain-language; domainNovelty=4"),
        ("our own language", "need=domain-language; domainNovelty=4"),
        ("spectroscopy data", "need=domain-language; domainNovelty=4"),
        ("a modality no public model covers", "need=domain-language; domainNovelty=5"),
    ];

    private static readonly (string, string)[] Tasks =
    [
        ("summarize call transcripts", "taskType=summarization"),
        ("classify support tickets", "taskType=classification"),
        ("extract fields from invoices", "taskType=extraction"),
        ("customer support chatbot", "taskType=qa"),
        ("code generation for our SDK", "taskType=code"),
        ("an AI agent that files expenses", "taskType=agent"),
        ("draft marketing emails", "taskType=generation"),
        ("write product descriptions", "taskType=generation"),
        ("a chatbot that summarizes policies", "taskType=qa"),
        ("help engineers review pull-request code", "taskType=code"),
        ("write code from tickets", "taskType=code"),
        ("help our team write better", "taskType=generation"),
        ("moderation of forum posts", "taskType=classification"),
    ];

    private static readonly (string, string)[] Team =
    [
        ("no ML team", "mlExpertise=none"),
        ("no ML engineers", "mlExpertise=none"),
        ("strong ML team", "mlExpertise=strong"),
        ("ML researchers", "mlExpertise=research"),
        ("research team", "mlExpertise=research"),
        ("one data scientist", "mlExpertise=basic"),
        ("1 data scientist", "mlExpertise=basic"),
        ("no dedicated ML team", "mlExpertise=none"),
        ("clean labels", "dataQuality=clean"),
        ("high-quality labels", "dataQuality=clean"),
        ("noisy labels", "dataQuality=noisy"),
        ("mixed quality data", "dataQuality=mixed"),
    ];
}
