using System.Text;
using System.Text.Json;
using ModelStrategy.Core.ChannelSupport.Json;

namespace ModelStrategy.Core.Tests.ChannelSupport.Json;

public sealed class ReadableJsonTests
{
    [Theory]
    [InlineData("{\"a\":\"plain\",\"b\":[\"\\u00e9\",\"\\ud83d\\ude00\"],\"c\":{\"d\":1e400}}")]
    [InlineData("[]")]
    [InlineData("\"\\u0000\"")]
    public void IsReadable_WellFormedText_True(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.True(ReadableJson.IsReadable(document.RootElement));
    }

    [Theory]
    [InlineData("{\"a\":\"\\ud800\"}")]
    [InlineData("{\"a\":[{\"b\":\"x\\udc00\"}]}")]
    [InlineData("{\"\\ud83d\":1}")]
    public void IsReadable_UnpairedSurrogateInAStringOrName_False(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(ReadableJson.IsReadable(document.RootElement));
    }

    [Fact]
    public void IsReadable_InvalidUtf8InAString_False()
    {
        byte[] json = [.. "{\"a\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        using var document = JsonDocument.Parse(json);

        Assert.False(ReadableJson.IsReadable(document.RootElement));
    }

    [Theory]
    [InlineData("{\"a\":1,\"a\":2}", 8)] // a name twice
    [InlineData("[[[[1]]]]", 3)] // deeper than the maximum depth
    public void Options_UnreadableJson_RefusedByTheParser(string json, int maxDepth)
    {
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(Encoding.UTF8.GetBytes(json), ReadableJson.Options(maxDepth)));
    }
}
