namespace ModelStrategy.Core.Tests.Triage;

public static partial class TriageCorpus
{
    private static readonly (string, string)[] Money =
    [
        ("$40k", "budgetUsd=40000"),
        ("40k budget", "budgetUsd=40000"),
        ("budget 40k", "budgetUsd=40000"),
        ("$1.2M", "budgetUsd=1200000"),
        ("1.5 million dollars", "budgetUsd=1500000"),
        ("budget of 250,000", "budgetUsd=250000"),
        ("Budget: $75,000", "budgetUsd=75000"),
        ("we can spend up to $100k", "budgetUsd=100000"),
        ("USD 30k for the first year", "budgetUsd=30000"),
        ("$5k/month", "budgetUsd=60000"),
        ("$40-60k", "budgetUsd=50000"),
        ("€50k budget", ""),
        ("token budget of 8k", ""),
        ("the API costs $0.002 per request", ""),
        ("costs under $0.001 per review", ""),
    ];

    private static readonly (string, string)[] Durations =
    [
        ("6 weeks", "deadlineWeeks=6"),
        ("2 months", "deadlineWeeks=8.67"),
        ("launch in 10 days", "deadlineWeeks=1.43"),
        ("by end of quarter", ""),
        ("1 year", "deadlineWeeks=52"),
        ("ship within two months", "deadlineWeeks=8.67"),
        ("6-week deadline", "deadlineWeeks=6"),
        ("deadline: 3-4 weeks", "deadlineWeeks=3.5"),
        ("in a couple of weeks", "deadlineWeeks=2"),
        ("go live in 1.5 years", "deadlineWeeks=78"),
        ("launch next quarter", "deadlineWeeks=13"),
        ("half a year to production", "deadlineWeeks=26"),
        ("we tried prompting for 3 months; launch in 6 weeks", "deadlineWeeks=6"),
        ("budget is tight, 6 weeks", "deadlineWeeks=6"),
        ("2 years of tickets", ""),
        ("we meet twice a week", ""),
    ];

    private static readonly (string, string)[] Latency =
    [
        ("under 200ms", "latencyP95Ms=200"),
        ("< 1 s", "latencyP95Ms=1000"),
        ("sub-100 ms latency", "latencyP95Ms=100"),
        ("real-time", "latencyP95Ms=100"),
        ("p95 latency under 300 ms", "latencyP95Ms=300"),
        ("responses within 2 seconds", "latencyP95Ms=2000"),
        ("answer in under a second", "latencyP95Ms=1000"),
        ("near real-time is fine", "latencyP95Ms=1000"),
        ("latency budget of 300 ms", "latencyP95Ms=300"),
        ("real-time price updates", "knowledgeChange=daily"),
        ("it takes 6 s today", ""),
    ];

    private static readonly (string, string)[] Volume =
    [
        ("10k requests/day", "requestsPerDay=10000"),
        ("1M queries per day", "requestsPerDay=1000000"),
        ("500 users", ""),
        ("about 5,000 tickets a day", "requestsPerDay=5000"),
        ("10k daily requests", "requestsPerDay=10000"),
        ("2000 requests per hour", "requestsPerDay=48000"),
        ("100 QPS at peak", "requestsPerDay=8640000"),
        ("20k requests daily", "requestsPerDay=20000"),
        ("500 users per day", "requestsPerDay=500"),
        ("we process 3M documents per month", "requestsPerDay=98562.63"),
        ("tickets per day: 10,000", "requestsPerDay=10000"),
    ];

    private static readonly (string, string)[] Corpus =
    [
        ("50B tokens of domain text", "domainCorpusTokens=50000000000"),
        ("2TB of proprietary text", "domainCorpusTokens=500000000000"),
        ("a corpus of 40GB", "domainCorpusTokens=10000000000"),
        ("300M words of legal filings", "domainCorpusTokens=400000000"),
        ("8k token context window", ""),
        ("2TB of images", ""),
        ("we need 8k tokens of context and have 300M tokens of support logs", "domainCorpusTokens=300000000"),
    ];

    private static readonly (string, string)[] Examples =
    [
        ("300 labeled tickets", "labeledExamples=300"),
        ("2k labelled examples", "labeledExamples=2000"),
        ("about 2,000 examples", "labeledExamples=2000"),
        ("no labeled data", "labeledExamples=0"),
        ("300 tickets", ""),
        ("labeled set of 500", "labeledExamples=500"),
        ("a few hundred labeled examples", "labeledExamples=300"),
        ("about 2k+ hand-labeled examples", "labeledExamples=2000"),
        ("10k unlabeled documents", ""),
        ("1,500 annotated support emails", "labeledExamples=1500"),
        ("we don't have any labeled data", "labeledExamples=0"),
    ];
}
