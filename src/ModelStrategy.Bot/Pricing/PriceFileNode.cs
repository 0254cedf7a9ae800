namespace ModelStrategy.Bot.Pricing;

/// <summary>
/// A price file as a tree, whether it was written as YAML or JSON: mappings of keys to nodes, and scalars that
/// remember whether they were written as text (quoted in YAML, a string in JSON) or bare (a number in JSON).
/// </summary>
internal abstract record PriceFileNode
{
    /// <summary>What a value of this kind is called in an error, e.g. "a list".</summary>
    public abstract string Kind { get; }
}

/// <summary>Keys and values in file order.</summary>
internal sealed record PriceFileMapping(IReadOnlyList<KeyValuePair<string, PriceFileNode>> Entries) : PriceFileNode
{
    public override string Kind => "a mapping";
}

/// <summary>A single value, as written.</summary>
internal sealed record PriceFileScalar(string Text, ScalarKind Written) : PriceFileNode
{
    public override string Kind => Written switch
    {
        ScalarKind.Text => "a text",
        ScalarKind.Number => "a number",
        _ when Text is "" or "null" or "~" => "empty",
        _ => Text.Length <= 40 ? $"\"{Text}\"" : $"\"{Text[..40]}…\"",
    };
}

/// <summary>How a scalar was written.</summary>
internal enum ScalarKind
{
    /// <summary>Quoted in YAML, a string in JSON: text only.</summary>
    Text,

    /// <summary>Bare in YAML: a number or a text, as the field needs (2.75, 2026-05, USD/GPU-hour).</summary>
    Plain,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>JSON true, false or null.</summary>
    Literal,
}

/// <summary>A list (no price file field is one).</summary>
internal sealed record PriceFileList : PriceFileNode
{
    public override string Kind => "a list";
}
