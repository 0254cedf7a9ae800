using ModelStrategy.Core.Constraints;
using static ModelStrategy.Core.Triage.TriagePatterns;

namespace ModelStrategy.Core.Triage.Lexicons;

/// <summary>
/// control (need to own weights and lifecycle); the strictest statement wins. 5: own the weights, full ownership or
/// control. 4: no vendor lock-in, never dependent on one vendor, able to swap vendors (and "air-gapped", read with
/// sensitivity). 3: self-hosting, an open-weight model. 1: happy to use an API, don't care who hosts it.
/// </summary>
internal static class ControlLexicon
{
    private static readonly TriageRule[] Rules =
    [
        TriageRule.Level(ConstraintFields.Control, 5, AnyOf(
            """\b(?:(?:must|need to|needs to|have to|has to|want to|should|will|would like to|'d like to|prefer to) )?(?:own|owning|ownership of|hold|holding|keep|control) (?:and \w+ )?(?:the |our |all |its |any )?(?:full |model |own |model's |resulting |final |trained |fine-?tuned |custom )*(?:model |model's )?weights\b""",
            """\bweights (?:are |must be |should be |need to be )?(?:owned by us|ours)\b|\bweights (?:must|should|need to|have to)? ?(?:remain|stay|be kept) (?:with us|ours|in-house|in house|on our)\b""",
            """\b(?:full|complete|total) (?:control|ownership)\b|\b(?:fully|completely|entirely|totally) (?:under|in) our (?:own )?control\b""",
            """\bown the (?:whole |entire )?(?:model|stack)\b""")),
        TriageRule.Level(ConstraintFields.Control, 4, AnyOf(
            """\block[-\s]?in\b|\blocked[-\s]?in(?:to)?\b""",
            """\b(?:not|never|no|without|avoid|can't|cannot|won't) (?:be )?(?:\w+ )?(?:dependent|depend|dependency|depending|reliant|rely|relying) on (?:a single |one |any |foreign |a |the |an? outside )?(?:\w+ )?(?:vendors?|providers?|suppliers?)\b""",
            """\bswap (?:the |out )?(?:model|vendors?|providers?|llm)\b|\bvendor[-\s]?(?:independen\w+|agnostic|neutral)\b""",
            """\bwithout (?:any )?vendor\b""")),
        TriageRule.Level(ConstraintFields.Control, 3, AnyOf(
            """\bself[-\s]?host\w*\b|\bopen[-\s]?weights?\b|\bopen[-\s]source (?:models?|llms?|weights)\b""",
            """\bhost (?:it |them |the model )?ourselves\b|\bhost our own (?:model|llm)\b""")),
        TriageRule.Level(ConstraintFields.Control, 1, AnyOf(
            """\b(?:happy|fine|ok|okay|glad|content|comfortable)\b(?: \S+){0,4}? (?:apis?|hosted (?:apis?|models?|services?)|saas|vendor|providers?)\b""",
            """\b(?:using|use|calling|call) (?:\S+ ){0,2}?apis? (?:is|are|would be) (?:fine|ok|okay|acceptable)\b""",
            """\b(?:hosted|third-party|vendor|cloud|external|commercial|managed) (?:\w+ )?(?:apis?|models?|llms?|services) (?:are|is|would be|will be) (?:\w+ )?(?:fine|ok|okay|acceptable)\b""",
            """\b(?:don't|do not|doesn't) (?:really )?care (?:\w+ ){0,2}?(?:who|where) (?:hosts|runs|host|run|serves)\b""",
            """\b(?:happy|fine|ok|okay|comfortable|content)(?: \S+){0,2}? (?:with|using|to use|on) (?:\S+ ){0,2}?(?:openai|azure openai|anthropic|claude|gpt\S*|gemini|bedrock|vertex|vendors?|third-party)\b""",
            """\b(?:data |it |this )?(?:can|may|is allowed to|could) (?:go|be sent) to (?:\S+ )?(?:openai|azure|anthropic|aws|google|bedrock|vertex|a vendor|vendors|an api|the cloud|cloud)\b""",
            """\b(?:use|uses|using) (?:openai|azure openai|anthropic|claude|gpt\S*|gemini|bedrock|a hosted api|hosted apis|an api) (?:\w+ ){0,3}?(?:that's|that is|which is|it's|and that's) (?:fine|ok|okay|acceptable)\b""",
            """\b(?:hosting|running|using|calling) (?:it |this )?(?:on|with|via|through) (?:\S+ )?(?:openai|azure|aws|anthropic|google|bedrock|vertex|a vendor|the cloud|a hosted api|an api|apis) (?:is|would be|will be) (?:fine|ok|okay|acceptable)\b""",
            """\b(?:don't|do not|wouldn't|would not) mind (?:\S+ ){0,3}?(?:apis?|hosted|vendor|saas|openai|cloud)\b""",
            """\b(?:don't|do not) want to (?:host|run|manage|operate) (?:anything|infrastructure|models|gpus|servers|our own)\b""")),
    ];

    /// <summary>Reads the need to own the model.</summary>
    public static void Read(TriageScan scan) => TriageRule.Run(scan, Rules);
}
