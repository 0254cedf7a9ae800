using System.Text;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>Raw JSON fragments that real payloads never carry but an attacker or a broken client may send.</summary>
internal static class Values
{
    private static readonly string[] OtherTypes =
    [
        "null", "true", "false", "0", "-1", "3.5", "\"\"", "\"x\"", "{}", "[]", "[null]", "{\"a\":{\"b\":[]}}", "[[],{}]",
        "\"2026-13-45T99:99:99Z\"", "\"NaN\"", "\"-0\"",
    ];

    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "12345678901234567890", "-9223372036854775809", "18446744073709551616",
        "2147483648", "-2147483649", "0.000000000000000000000000000001", "1E+308", "-0", "4.9e-324",
        "99999999999999999999999999999999999999999999999999", "1.7976931348623157e309",
    ];

    /// <summary>Strings that break naive handling once unescaped: lone and reversed surrogates, NUL, bidi overrides,
    /// combining marks, non-characters; as JSON escapes and, for some, as raw (sometimes invalid) UTF-8.</summary>
    private static readonly byte[][] Hostile =
    [
        Encoding.UTF8.GetBytes("\"\\ud800\""),
        Encoding.UTF8.GetBytes("\"\\udc00\\ud800\""),
        Encoding.UTF8.GetBytes("\"a\\ud83d\""),
        Encoding.UTF8.GetBytes("\"\\u0000\\u0001\\u001f\""),
        Encoding.UTF8.GetBytes("\"\\uffff\\ufffe\\ufeff\""),
        Encoding.UTF8.GetBytes("\"\u202e\u2066evil\u2069\u200b\""),
        Encoding.UTF8.GetBytes("\"e\u0301\u0301\u0301\u0301\u0301 \U0001F600 \u00e9 \u4e2d\""),
        [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'],
        [(byte)'"', 0xC0, 0xAF, (byte)'"'],
        [(byte)'"', 0xFF, 0xFE, (byte)'"'],
        [(byte)'"', 0xE2, 0x82, (byte)'"'],
        [(byte)'"', 0xF4, 0x90, 0x80, 0x80, (byte)'"'],
        Encoding.UTF8.GetBytes("\"\\x41\""),
        Encoding.UTF8.GetBytes("\"<@U0BOTUSER> <!channel> <https://evil.example|x> *_~`\""),
    ];

    public static string OfAnotherType(Random random) => OtherTypes[random.Next(OtherTypes.Length)];

    public static string OutOfRangeNumber(Random random) => Numbers[random.Next(Numbers.Length)];

    public static byte[] HostileString(Random random) => Hostile[random.Next(Hostile.Length)];

    public static char Letter(Random random) => (char)('a' + random.Next(26));

    /// <summary>A value nested 10 to 5,000 levels deep in arrays or objects, closed or not.</summary>
    public static byte[] DeepNesting(Random random)
    {
        var depth = random.Next(4) == 0 ? random.Next(10, 80) : random.Next(80, 5_000);
        var objects = random.Next(2) == 0;
        var open = objects ? "{\"a\":" : "[";
        var close = objects ? "}" : "]";
        var closed = random.Next(5) != 0;
        var text = new StringBuilder();
        text.Insert(0, open, depth).Append('1');
        if (closed)
        {
            text.Insert(text.Length, close, depth);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The tail that turns <c>"key":PLACEHOLDER</c> into <c>"key":value,"key":other</c> (a duplicated key).</summary>
    public static byte[] DuplicateKeyTail(string? key, Random random)
    {
        if (key is null)
        {
            return Encoding.UTF8.GetBytes(OfAnotherType(random) + "," + OfAnotherType(random));
        }

        var name = System.Text.Json.JsonSerializer.Serialize(key);
        return Encoding.UTF8.GetBytes($"{OfAnotherType(random)},{name}:{OfAnotherType(random)},{name}:\"dup\"");
    }
}
