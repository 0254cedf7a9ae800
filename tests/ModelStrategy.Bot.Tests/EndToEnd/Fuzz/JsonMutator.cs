using System.Text;
using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// Mutates a valid JSON payload into the UTF-8 bytes of a broken or hostile one: structure-aware mutations (a value of
/// another JSON type, a huge string, deep nesting, unicode including lone surrogates and invalid UTF-8, a duplicated
/// key, a number out of range, a missing property) and byte-level ones (flipped bits, truncation, garbage).
/// Structure-aware mutations put a placeholder string into the tree and splice raw bytes in its place after
/// serialising, so the output can hold what a <see cref="JsonNode"/> cannot (1e400, 5,000 levels, duplicate keys).
/// </summary>
internal static class JsonMutator
{
    private const string Marker = "\u0001fuzz\u0001";

    public static byte[] Mutate(string valid, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(12) switch
        {
            0 => Bytes.FlipBits(Encoding.UTF8.GetBytes(valid), random),
            1 => Bytes.Truncate(Encoding.UTF8.GetBytes(valid), random),
            2 => Bytes.Garbage(random),
            3 => Stacked(valid, random),
            _ => Structural(valid, random, random.Next(8)),
        };
    }

    /// <summary>Two or three structure-aware mutations on top of each other.</summary>
    private static byte[] Stacked(string valid, Random random)
    {
        var tree = JsonNode.Parse(valid)!;
        var fragments = new List<byte[]>();
        for (var i = 0; i < 2 + random.Next(2); i++)
        {
            Apply(tree, random, random.Next(8), fragments);
        }

        return Splice(tree, fragments);
    }

    private static byte[] Structural(string valid, Random random, int kind)
    {
        var tree = JsonNode.Parse(valid)!;
        var fragments = new List<byte[]>();
        Apply(tree, random, kind, fragments);
        return Splice(tree, fragments);
    }

    private static void Apply(JsonNode tree, Random random, int kind, List<byte[]> fragments)
    {
        var (parent, key, index) = Nodes.PickSlot(tree, random);
        if (parent is null)
        {
            return;
        }

        byte[]? raw = kind switch
        {
            0 => Utf8(Values.OfAnotherType(random)),
            1 => Utf8("\"" + new string(Values.Letter(random), random.Next(1_000, 70_000)) + "\""),
            2 => Values.DeepNesting(random),
            3 => Values.HostileString(random),
            4 => Values.DuplicateKeyTail(key, random),
            5 => Utf8(Values.OutOfRangeNumber(random)),
            6 => null,
            _ => Utf8(Values.OfAnotherType(random)),
        };
        if (raw is null)
        {
            Nodes.Remove(parent, key, index);
            return;
        }

        fragments.Add(raw);
        Nodes.Set(parent, key, index, JsonValue.Create(Marker + (fragments.Count - 1) + Marker));
    }

    /// <summary>Serialises the tree and replaces each placeholder string (quotes included) by its raw fragment.</summary>
    private static byte[] Splice(JsonNode tree, List<byte[]> fragments)
    {
        var text = tree.ToJsonString();
        var output = new List<byte>(text.Length + fragments.Sum(f => f.Length));
        var escaped = "\\u0001fuzz\\u0001";
        var position = 0;
        while (true)
        {
            var start = text.IndexOf("\"" + escaped, position, StringComparison.Ordinal);
            if (start < 0)
            {
                output.AddRange(Encoding.UTF8.GetBytes(text[position..]));
                return [.. output];
            }

            output.AddRange(Encoding.UTF8.GetBytes(text[position..start]));
            var numberStart = start + 1 + escaped.Length;
            var numberEnd = text.IndexOf(escaped, numberStart, StringComparison.Ordinal);
            var fragment = int.Parse(text[numberStart..numberEnd], System.Globalization.CultureInfo.InvariantCulture);
            output.AddRange(fragments[fragment]);
            position = numberEnd + escaped.Length + 1;
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
