using System.Text;
using Microsoft.AspNetCore.Http;
using ModelStrategy.Bot.Api;

namespace ModelStrategy.Bot.Tests.Api;

public sealed class RequestBodyReaderTests
{
    [Fact]
    public async Task ReadJsonAsync_ObjectWithinLimit_ReturnsDocument()
    {
        // Arrange
        var request = Request("""{"budgetUsd": 40000}""", declareLength: false);

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, CancellationToken.None);

        // Assert
        Assert.Null(result.Problem);
        using var document = result.Document;
        Assert.Equal(40000, document!.RootElement.GetProperty("budgetUsd").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadJsonAsync_OneByteOverLimit_Returns413(bool declareLength)
    {
        // Arrange
        var request = Request(new string(' ', RequestBodyReader.MaxBodyBytes - 1) + "{}", declareLength);

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, CancellationToken.None);

        // Assert
        var problem = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result.Problem);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.StatusCode);
    }

    [Fact]
    public async Task ReadJsonAsync_ExactlyAtLimit_IsAccepted()
    {
        // Arrange
        var request = Request(new string(' ', RequestBodyReader.MaxBodyBytes - 2) + "{}", declareLength: false);

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, CancellationToken.None);

        // Assert
        Assert.Null(result.Problem);
        result.Document!.Dispose();
    }

    [Fact]
    public async Task ReadJsonAsync_ServerLimitTrips_Returns413()
    {
        // Arrange: the server (Kestrel) refuses to read further.
        var request = new DefaultHttpContext().Request;
        request.Body = new ThrowingStream(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge));

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, CancellationToken.None);

        // Assert
        var problem = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result.Problem);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.StatusCode);
    }

    [Fact]
    public async Task ReadJsonAsync_ClientStopsSendingMidBody_Returns400InsteadOfThrowing()
    {
        // Arrange: what Kestrel throws when the connection closes before Content-Length bytes arrived.
        var request = new DefaultHttpContext().Request;
        request.Body = new ThrowingStream(new BadHttpRequestException("Unexpected end of request content.", StatusCodes.Status400BadRequest));

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, CancellationToken.None);

        // Assert
        var problem = Assert.IsAssignableFrom<IStatusCodeHttpResult>(result.Problem);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Contains("aborted", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_RequestAbortedWhileReading_ReturnsAProblemInsteadOfThrowing()
    {
        // Arrange
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var request = new DefaultHttpContext().Request;
        request.Body = new ThrowingStream(new OperationCanceledException(aborted.Token));

        // Act
        var result = await RequestBodyReader.ReadJsonAsync(request, aborted.Token);

        // Assert
        Assert.NotNull(result.Problem);
        Assert.Null(result.Document);
        Assert.Contains("aborted", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_CancelledWithoutTheRequestBeingAborted_StillThrows()
    {
        // Arrange: a cancellation that is not this request's abort is not the client's doing.
        var request = new DefaultHttpContext().Request;
        request.Body = new ThrowingStream(new OperationCanceledException());

        // Act / Assert
        await Assert.ThrowsAsync<OperationCanceledException>(() => RequestBodyReader.ReadJsonAsync(request, CancellationToken.None));
    }

    private static HttpRequest Request(string body, bool declareLength)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new DefaultHttpContext().Request;
        request.Body = new MemoryStream(bytes);
        request.ContentLength = declareLength ? bytes.Length : null;
        return request;
    }

    private sealed class ThrowingStream(Exception exception) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(exception);
    }
}
