using ModelStrategy.Core.Reports;

namespace ModelStrategy.Core.Tests.Reports;

public sealed class ReportPathsTests
{
    [Theory]
    [InlineData("https://bot.example.com/r/abcdefghjkmn", "https://bot.example.com", "abcdefghjkmn")]
    [InlineData("https://bot.example.com/r/abcdefghjkmn.md", "https://bot.example.com/", "abcdefghjkmn")]
    [InlineData("https://BOT.example.com/r/abcdefghjkmn?k=CfDJ8token#top", "https://bot.example.com", "abcdefghjkmn")]
    [InlineData("https://bot.example.com/bot/r/abcdefghjkmn", "https://bot.example.com/bot", "abcdefghjkmn")]
    [InlineData("http://127.0.0.1:3978/r/abcdefghjkmn", "http://127.0.0.1:3978", "abcdefghjkmn")]
    public void IdOfUrl_ReportAddressOfThisHost_TheId(string url, string baseUrl, string id)
    {
        Assert.Equal(id, ReportPaths.IdOfUrl(url, new Uri(baseUrl)));
    }

    [Theory]
    [InlineData("https://evil.example/r/abcdefghjkmn")]
    [InlineData("https://bot.example.com.evil.example/r/abcdefghjkmn")]
    [InlineData("http://bot.example.com/r/abcdefghjkmn")]
    [InlineData("https://bot.example.com:8443/r/abcdefghjkmn")]
    [InlineData("https://user:pass@bot.example.com/r/abcdefghjkmn")]
    [InlineData("https://bot.example.com/x/abcdefghjkmn")]
    [InlineData("https://bot.example.com/r/")]
    [InlineData("https://bot.example.com/r/abc/def")]
    [InlineData("ftp://bot.example.com/r/abcdefghjkmn")]
    [InlineData("/r/abcdefghjkmn")]
    [InlineData("")]
    [InlineData(null)]
    public void IdOfUrl_AnyOtherAddress_Null(string? url)
    {
        Assert.Null(ReportPaths.IdOfUrl(url, new Uri("https://bot.example.com")));
    }

    [Fact]
    public void IdOfUrl_NoBaseUrl_Null()
    {
        Assert.Null(ReportPaths.IdOfUrl("https://bot.example.com/r/abcdefghjkmn", null));
    }
}
