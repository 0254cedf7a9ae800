namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>Byte-level mutations: what a broken proxy, a truncated upload or a random client sends.</summary>
internal static class Bytes
{
    private static readonly string[] Bodies = ["", "null", "[]", "[1,2,3]", "\"text\"", "42", "{", "}", "{}", "{\"type\":null}", " ", "\uFEFF{}"];

    public static byte[] FlipBits(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        for (var i = 0; i < 1 + random.Next(8); i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    public static byte[] Truncate(byte[] bytes, Random random) => bytes[..random.Next(bytes.Length)];

    /// <summary>A short degenerate body, random bytes, or a top-level deep nesting.</summary>
    public static byte[] Garbage(Random random) => random.Next(3) switch
    {
        0 => System.Text.Encoding.UTF8.GetBytes(Bodies[random.Next(Bodies.Length)]),
        1 => RandomBytes(random),
        _ => Values.DeepNesting(random),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 2_000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
