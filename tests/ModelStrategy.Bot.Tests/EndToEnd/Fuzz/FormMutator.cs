using System.Text;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>
/// Mutates a valid <c>application/x-www-form-urlencoded</c> body (a slash command, or an interaction whose
/// <c>payload</c> field holds JSON) into the bytes of a broken or hostile one: huge, hostile or badly escaped values,
/// duplicated or missing keys, too many fields, an over-long key, byte-level damage, or a mutated JSON payload.
/// </summary>
internal static class FormMutator
{
    public const string PayloadField = "payload";

    public static byte[] Mutate(IReadOnlyList<KeyValuePair<string, string>> valid, Random random)
    {
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentNullException.ThrowIfNull(random);
        var fields = valid.Select(f => (f.Key, Value: Encoding.UTF8.GetBytes(f.Value))).ToList();
        var pick = random.Next(fields.Count);
        var hasPayload = fields.Any(f => f.Key == PayloadField);
        switch (random.Next(hasPayload ? 14 : 10))
        {
            case 0:
                return Bytes.FlipBits(Encode(fields), random);
            case 1:
                return Bytes.Truncate(Encode(fields), random);
            case 2:
                fields[pick] = (fields[pick].Key, Encoding.UTF8.GetBytes(new string(Values.Letter(random), random.Next(1_000, 70_000))));
                break;
            case 3:
                fields[pick] = (fields[pick].Key, Unquoted(Values.HostileString(random)));
                break;
            case 4:
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Encode(fields)) + BrokenEscapes[random.Next(BrokenEscapes.Length)]);
            case 5:
                fields.Insert(random.Next(fields.Count + 1), (fields[pick].Key, Encoding.UTF8.GetBytes(Values.OfAnotherType(random))));
                break;
            case 6:
                fields.RemoveAt(pick);
                break;
            case 7:
                fields.AddRange(Enumerable.Range(0, random.Next(1_000, 3_000)).Select(i => ("f" + i, "v"u8.ToArray())));
                break;
            case 8:
                fields.Insert(random.Next(fields.Count + 1), (new string('k', random.Next(2_000, 6_000)), "v"u8.ToArray()));
                break;
            case 9:
                return Bytes.Garbage(random);
            default:
                var index = fields.FindIndex(f => f.Key == PayloadField);
                fields[index] = (PayloadField, JsonMutator.Mutate(Encoding.UTF8.GetString(fields[index].Value), random));
                break;
        }

        return Encode(fields);
    }

    private static readonly string[] BrokenEscapes = ["%", "%z1", "&%E0%A4", "&a=%ED%A0%80", "&=&==&", "&text=%%%", "&a=%FF%FE", "&+=+"];

    private static byte[] Unquoted(byte[] jsonString) => jsonString[1..^1];

    /// <summary>Percent-encodes every byte that is not unreserved, so invalid UTF-8 arrives exactly as generated.</summary>
    private static byte[] Encode(List<(string Key, byte[] Value)> fields)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in fields)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            AppendEscaped(text, Encoding.UTF8.GetBytes(key));
            text.Append('=');
            AppendEscaped(text, value);
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static void AppendEscaped(StringBuilder text, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
