using System.Text.RegularExpressions;
using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Recognisers;

/// <summary>
/// domainCorpusTokens: "50B tokens of domain text", "2TB of proprietary text", "a corpus of 40GB",
/// "300M words of filings". Conversions (stated, rough): 1 byte of text ≈ 0.25 tokens, so 1 GB ≈ 250M tokens
/// (decimal units, 1 GB = 10^9 bytes); 1 word ≈ 4/3 tokens. Sizes count only for text ("2TB of images" or
/// "2TB of data" is ignored, since it may not be text); token counts of prompts or context windows are ignored.
/// </summary>
internal static class CorpusRecogniser
{
    /// <summary>Tokens per byte of text.</summary>
    public const double TokensPerByte = 0.25;

    /// <summary>Tokens per English word.</summary>
    public const double TokensPerWord = 4 / 3.0;

    private const string TextNoun =
        @"(?:text|texts|documents|docs|documentation|corpus|logs|e-?mails|transcripts|code|source\s+code|notes|reports|filings|papers|articles|books|tickets|messages|chat\s+logs|chats|records|pdfs|manuals|contracts|content|writing|prose)\b";

    private const string Size = @"(?<unit>pb|tb|gb|mb|petabytes?|terabytes?|gigabytes?|megabytes?)\b";

    private static readonly TriageRule[] Rules =
    [
        TriageRule.Ignore($$"""\b(?:context(?: window)?|window|prompts?|inputs?|outputs?|max(?:imum)?|limit|responses?|answers?)(?: (?:of|is|up to|around|about))*\s*[:~]?\s*{{Qty}}{{Hy}}tokens?\b"""),
        TriageRule.Ignore($$"""{{Qty}}{{Hy}}tokens?(?:{{Hy}}(?:context|window|long|prompts?|inputs?|outputs?|limit)\b|(?: of)? (?:context|window|prompts?|inputs?|outputs?|limit|per|a|an|each)\b|\s*/)"""),
        Tokens($$"""{{Approx}}{{Qty}}\+?{{Hy}}tokens?\b(?: (?:of|in) (?:[a-z-]+ ){0,3}?(?:data|material|{{TextNoun}}))?"""),
        Tokens($$"""{{Approx}}{{Qty}}\+? (?<words>words?) (?:of|in) (?:[a-z-]+ ){0,3}?{{TextNoun}}"""),
        Tokens($$"""{{Approx}}{{Qty}}\s*{{Size}} (?:of|in) (?:[a-z-]+ ){0,3}?{{TextNoun}}"""),
        Tokens($$"""\b(?:(?:text|domain|unlabell?ed|raw|proprietary|in-domain) )*corpus(?: (?:of|is|at|around|about|totals|totalling|with))*\s*[:~≈]?\s*{{Approx}}{{Qty}}\s*(?:{{Size}}|(?<tok>tokens?\b)|(?<words>words\b))"""),
    ];

    /// <summary>Reads the unlabelled domain corpus into domainCorpusTokens.</summary>
    public static void Recognise(TriageScan scan) => scan.Run(Rules, scan.Numbers);

    private static TriageRule Tokens(string pattern) =>
        TriageRule.Number(ConstraintFields.DomainCorpusTokens, pattern, (match, amount) => amount * TokensPer(match));

    private static double TokensPer(Match match)
    {
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        if (unit.Length > 0)
        {
            var bytes = unit[0] switch { 'p' => 1e15, 't' => 1e12, 'g' => 1e9, _ => 1e6 };
            return bytes * TokensPerByte;
        }

        return match.Groups["words"].Success ? TokensPerWord : 1;
    }
}
