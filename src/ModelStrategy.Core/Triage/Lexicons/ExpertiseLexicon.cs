using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// mlExpertise; the highest level stated wins ("I know ML, the rest of the team are web devs" is basic).
/// none: "no ML people", "nobody here has done ML", "zero ML experience", "we're web devs"; basic: one or two ML
/// engineers or data scientists, "some ML experience", "knows PyTorch"; strong: an ML team, three or more ML
/// engineers, "we've fine-tuned models before"; research: ML researchers, PhDs, "we've pretrained models before".
/// </summary>
internal static class ExpertiseLexicon
{
    private const string Ml = @"(?:ml|machine learning|ai|data science|mlops|ds)";
    private const string Few = @"(?:one|two|a|an|1|2|a couple of|a single|the only|our only|only one)";
    private const string Many = @"(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple)";
    private const string MlPeople = @"(?:(?:ml|machine learning|ai|mlops|ml ops|nlp) (?:engineers?|engs?|people|folks|developers?|devs?|specialists?|experts?|persons?|guys?|hires?|leads?)|mles?)";

    private static readonly TriageRule[] Rules =
    [
        Claim(MlExpertise.None, AnyOf(
            $$"""\b(?:no|zero|0|without(?: any)?|lack(?:s|ing)?(?: any)?|(?:don't|dont|do not|doesn't|does not) have(?: any)?|not a single) (?:in-house |dedicated |real |internal |actual |full-time )?{{Ml}}(?! models?\b| pipelines?\b| ops\b| solution| project| component| model| tools?\b)(?: (?:team|engineers?|eng|expertise|experience|people|ppl|staff|skills|folks|knowledge|talent|background|hires|specialists|experts|person|resources|capabilit\w+))?\b""",
            """\bno data scientists?\b""",
            """\b(?:nobody|no one|noone|none of us)(?:'s| is| has| have)?(?: (?:here|on (?:our|the|my) (?:[\w-]+ ){0,3}?(?:side|team|staff)|in [a-z ]{1,24}?|of us))? (?:\w+ ){0,3}?(?:ml|machine learning|data science)\b""",
            """\bno idea (?:how|about) (?:ml|machine learning|ai)\b""",
            """\b(?:nobody|no one|noone|none of us)(?: \w+){0,4}? (?:has|have|'s|who's|had)(?: ever)? (?:trained|built|fine-?tuned|shipped|deployed) (?:a|an|any) (?:\w+ )?(?:ml )?(?:models?|classifiers?)\b|\b(?:we've|we have|i've|i have|they've|team has)? ?never (?:\w+ )?(?:trained|built|fine-?tuned) (?:a|an|any) (?:\w+ )?(?:ml )?(?:models?|classifiers?)\b""",
            """\b(?:we're|we are)(?: just| only| all)? (?:\w+ )?(?:web|backend|frontend|front-end|full-stack|app|support) (?:devs|developers|engineers|people)\b""",
            """\b(?:never|haven't|hasn't|have not|has not) (?:\w+ ){0,3}?(?:done|used|worked with|touched|built|tried) (?:\w+ ){0,3}?(?:ml|machine learning|data science|ai)\b""",
            """\b(?:don't|do not|doesn't|does not) know (?:anything|much|a thing|the first thing|a lot) about (?:ml|ai|machine learning|data science)\b""",
            """\bnone(?: of (?:us|them|whom))? (?:\w+ ){0,2}?(?:ml|machine learning|data science)\b""",
            """\bno (?:in-house |dedicated )?(?:devs|developers|engineers|people|staff|one|expertise|experience|capacity) (?:for|in|with|doing|who (?:know|do|does)) (?:ml|machine learning|ai|data science)\b""",
            """\bnon-?technical team\b|\bno (?:engineers|developers|devs|technical (?:staff|people|folks|team members|resources|expertise)|tech (?:team|people|folks|staff)|engineering (?:team|staff|resources))\b""",
            """\b(?:new to|inexperienced (?:with|in)|green (?:in|with)|beginners (?:in|at|with)|no experience (?:with|in)) (?:ml|machine learning|ai|data science)\b""",
            """\b(?:ml|machine learning|ai|data science) (?:capability|capabilities|expertise|experience|exp|xp|skills|team|people|staff|resources|engineers|engineering|hires) ?[:=-] ?(?:none|zero|nil|0|n/a|nobody|no)\b""",
            """\b(?:knows?|know|familiar with) (?:\w+ ){0,2}?but (?:not|no) (?:ml|machine learning|data science|ai)\b|\b(?:analytics|bi|data engineering) (?:team|people|folks) but no (?:ml|machine learning|data scien\w+)\b""")),
        TriageRule.Ignore("""\b(?:previously|formerly|used to|once|in a previous (?:job|role|life)) (?:\w+ ){0,4}?(?:ml|machine learning|ai|data science) (?:team|group|org|engineers|people)\b|\b(?:ml|ai|data science) (?:team|group|org) at (?:a|an|another|my|his|her|their|google|amazon|meta|microsoft)\b"""),
        TriageRule.Ignore("""\bno (?:ml |ai )?research(?:ers| team| scientists)?\b|\bnever (?:done )?pre-?train\w*|\bresearch (?:desk|setting|notes|digest|memo)\b"""),
        TriageRule.Choice(MlExpertise.Research, AnyOf(
            $$"""\b(?:{{Count}} )?(?:ml|ai|machine learning|nlp|deep learning|phd) researchers?\b(?!')""",
            $$"""\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many) (?:senior )?researchers\b(?!')""",
            """\bresearch (?:scientists?|engineers?|team|lab|group|org|organi[sz]ation)\b""",
            """\bphds?\b|\bpostdocs?\b|\bprofessors?\b|\b(?:phd|doctoral) students\b""",
            """\b(?:ml|ai|nlp|machine learning|deep learning|research|university|academic|computer vision|speech) (?:lab|laboratory)\b|\buniversity (?:nlp |ml |ai )?(?:group|lab)\b""",
            """\b(?:'ve|have|has|had|who've) (?:\w+ ){0,2}?pre-?trained\b""",
            """\bpre-?train(?:ing|ed) (?:experience|at scale)\b|\bpre-?trained at scale\b""",
            """\bpublished (?:\w+ )?(?:at|in) (?:neurips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|aaai|top venues|top conferences)\b|\btrain(?:ed)? our own (?:foundation models|llms|large language models)\b"""), (int)MlExpertise.Research),
        TriageRule.Choice(MlExpertise.Strong, AnyOf(
            $$"""\b{{Many}} (?:senior |experienced |full-time |dedicated |in-house )?{{MlPeople}}\b""",
            $$"""\b{{Many}} (?:senior |experienced )?(?:data scientists|ds)\b""",
            $$"""\b(?:ml|machine learning|ai|data science|ds|mlops) (?:platform )?(?:team|group|org|organi[sz]ation|function|squad|unit)\b""",
            """\b(?:ml|machine learning|ai) experts\b|\b(?:a handful of|plenty of|lots of|deep|extensive|years of) (?:\w+ )?(?:ml|machine learning|data science) (?:engineers|expertise|experience|people|talent)\b""",
            """\b(?:ml engineers?|mles?|data scientists?|ml people) ?\(?(?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten)(?: of them)?\)""",
            """\b(?:strong|experienced|senior|seasoned|solid|mature|capable|skilled|expert|established|dedicated|in-house|full-time)(?: \w+)? (?:ml|machine learning|ai|data science) (?:\w+ )?(?:engineers|engineering|people|folks|developers|expertise|talent|staff|practitioners|background|team|group|org|organi[sz]ation|function|squad|unit)\b""",
            """\b(?:'ve|have|has|had|already|who've) (?:\w+ ){0,2}?fine-?tuned\b|\bfine-?tuned (?:\w+ ){0,3}?(?:before|plenty|in the past|many times|for years)\b""",
            """\b(?:with|have|has) (?:\w+ )?fine-?tuning experience\b|\bexperience (?:with )?fine-?tuning\b""",
            """\b(?:'ve|have|has|had|who've) (?:\w+ ){0,2}?(?:trained|built|shipped|deployed|productioni[sz]ed) (?:\w+ ){0,3}?(?:models|classifiers|ml systems|ml models) (?:\w+ ){0,2}?(?:before|to production|in production|into production|at scale|for years|many times)\b""",
            """\b(?:data science|ml|ai|ds) team of (?:[3-9]|\d{2,}|three|four|five|six|seven|eight|nine|ten|twelve)\b""",
            """\b(?:done|shipped|run|ran|built) (?:\w+ )?(?:lora|fine-?tunes?|fine-?tuning|classifiers|(?:ml|fraud|custom) models)\b(?: \w+)? (?:before|for years|in production)""",
            """\b(?:done|shipped) (?:lora|fine-?tunes?|fine-?tuning)\b"""), (int)MlExpertise.Strong),
        TriageRule.Choice(MlExpertise.Basic, AnyOf(
            $$"""\b{{Few}} (?:junior |part-time |cleared |in-house |dedicated )?{{MlPeople}}\b""",
            $$"""\b{{Few}} (?:junior |part-time )?(?:data scientists?|ds)\b""",
            $$"""\b(?:some|basic|limited|little|junior|a bit of|minimal|modest|light) {{Ml}} (?:experience|skills|expertise|knowledge|background|chops)\b""",
            """\bi know (?:some |a bit of )?(?:ml|machine learning|data science)\b""",
            """\b(?:done|did|worked on|shipped|delivered|built) (?:a couple of|a few|one|two|some|a handful of|a) (?:small |minor )?(?:ml|machine learning|ai|data science) (?:projects?|models?|pocs?|pilots?)\b""",
            """\b(?:data|ml|ai|analytics|ds) team of (?:1|2|one|two)\b|\bml[-\s]?savvy\b|\bscikit-?learn\b""",
            """\bi(?:'m| am) (?:a|an|the (?:only|sole|lone)|our (?:only|sole|lone)) (?:\w+ )?(?:data scientist|ml engineer|machine learning engineer|ml person)\b""",
            """\b(?:ml engineers?|mles?|data scientists?|ml people) ?\(?(?:1|2|one|two)(?: of them)?\)""",
            """\b(?:ml|machine learning|ai|data science) (?:expertise|experience|skills|capability|capabilities|maturity) ?[:=-]? ?(?:is )?(?:limited|basic|some|moderate|junior|low|modest)\b""",
            """\b(?:knows?|done|has done|have done|who's done|did|with) (?:\w+ (?:and|&) )?(?:some|a bit of|basic|a little) (?:ml|machine learning|ai|data science)\b""",
            """\b(?:did|took|done|completed|taken|have done) (?:a|an|some|the|one) (?:\w+ )?(?:ml|machine learning|ai|data science|deep learning) (?:course|class|bootcamp|certificate|certification|mooc)\b""",
            """\b(?:knows?|familiar with|can use|can run) (?:pytorch|tensorflow|scikit-learn|sklearn|keras|hugging ?face|notebooks|standard (?:ml )?tools)\b"""), (int)MlExpertise.Basic),
    ];

    /// <summary>Reads the team's ML capability.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);

    private static TriageRule Claim(MlExpertise value, string pattern) => TriageRule.Choice(value, pattern, (int)value) with { IsSink = true };
}
