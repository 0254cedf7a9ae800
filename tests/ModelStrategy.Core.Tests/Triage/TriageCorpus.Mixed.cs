namespace ModelStrategy.Core.Tests.Triage;

public static partial class TriageCorpus
{
    private static readonly (string, string)[] Mixed =
    [
        (
            "quick: launch in 6 weeks, 300 labeled tickets, customer PII, budget 40k",
            "deadlineWeeks=6; labeledExamples=300; dataSensitivity=confidential; budgetUsd=40000"
        ),
        ("$40k budget, 6 weeks, under 200ms", "budgetUsd=40000; deadlineWeeks=6; latencyP95Ms=200"),
        ("300 tickets and $40k", "budgetUsd=40000"),
        ("200ms p95, 10k requests/day, on-prem", "latencyP95Ms=200; requestsPerDay=10000; dataSensitivity=sovereign"),
        (
            "we have 2k labeled examples, noisy labels, and GPT-4 fails 15% of the time",
            "labeledExamples=2000; dataQuality=noisy; baseline=close; baselineErrorRatePct=15"
        ),
        (
            "HIPAA chatbot over our docs, launch in 2 months, no ML team",
            "dataSensitivity=confidential; governance=4; taskType=qa; need=knowledge; deadlineWeeks=8.67; mlExpertise=none"
        ),
        ("budget 40k, 40k examples", "budgetUsd=40000; labeledExamples=40000"),
        ("budget 40k, later we said budget 90k", "budgetUsd=40000"),
        ("public data, but also customer PII", "dataSensitivity=confidential"),
        (
            "Our docs are updated weekly; answers must be JSON and on-brand; 1M requests per day",
            "knowledgeChange=weekly; need=both; requestsPerDay=1000000"
        ),
        (
            "We're air-gapped, must own the weights, have 2TB of internal reports and an ML research team",
            "dataSensitivity=sovereign; control=5; domainCorpusTokens=500000000000; mlExpertise=research"
        ),
        (
            "classify 5,000 tickets a day; we have 3,000 labelled tickets; latency under 1 second",
            "taskType=classification; requestsPerDay=5000; labeledExamples=3000; latencyP95Ms=1000"
        ),
        (
            "support bot; 2,500 tickets a week; 18 months of resolved tickets; budget around $80k; live by end of Q2",
            "taskType=qa; requestsPerDay=357.14; budgetUsd=80000"
        ),
        (
            "Contracts are confidential. 5k annotated clauses, noisy. GPT-4 gets ~70% of clauses right. Two ML engineers.",
            "dataSensitivity=confidential; labeledExamples=5000; dataQuality=noisy; baseline=far; baselineErrorRatePct=30; mlExpertise=basic"
        ),
        (
            "400GB of maintenance logs and 20 years of engineering reports in our own jargon",
            "domainCorpusTokens=100000000000; need=domain-language; domainNovelty=4"
        ),
        (
            "a bank: SOX + model risk management, on-prem GPUs only, strong ML platform team, $2M budget",
            "governance=5; dataSensitivity=sovereign; mlExpertise=strong; budgetUsd=2000000"
        ),
    ];
}
