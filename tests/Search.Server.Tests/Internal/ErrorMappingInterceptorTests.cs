using Grpc.Core;
using Search.Contracts.V1;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Search.Server.Internal;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Internal;

/// <summary>A client that drops its request stream is not the server's error.</summary>
public sealed class ErrorMappingInterceptorTests
{
    [Fact]
    public async Task An_aborted_request_stream_is_cancelled_and_not_logged_as_an_error()
    {
        var log = new RecordingLogger();
        var interceptor = new ErrorMappingInterceptor(log);
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        // What Kestrel throws from the request stream's reader once the client resets the stream.
        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.ClientStreamingServerHandler<string, string>(
            null!, new FakeCallContext(aborted.Token), (_, _) => throw new IOException("The request stream was aborted.", new ConnectionAbortedException())));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Any_other_io_failure_is_internal_and_logged()
    {
        var log = new RecordingLogger();
        var interceptor = new ErrorMappingInterceptor(log);

        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<string, string>(
            "request", new FakeCallContext(CancellationToken.None), (_, _) => throw new IOException("disk full")));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Single(log.Errors);
    }

    [Fact]
    public async Task An_index_folder_the_server_may_not_write_is_a_failed_precondition_not_logged_as_ours()
    {
        var log = new RecordingLogger();
        var interceptor = new ErrorMappingInterceptor(log);

        // What opening Lucene's write.lock throws in a folder the server's user may only read.
        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.ClientStreamingServerHandler<string, string>(
            null!, new FakeCallContext(CancellationToken.None), (_, _) => throw new UnauthorizedAccessException("Access to the path '/srv/index/write.lock' is denied.")));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("The index folder cannot be written (Access to the path '/srv/index/write.lock' is denied.); nothing was changed, and searches go on from the index as it is.", error.Status.Detail);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task A_streamed_message_that_does_not_parse_is_invalid_argument()
    {
        var log = new RecordingLogger();
        var interceptor = new ErrorMappingInterceptor(log);
        // A string field holding 0xFF, which is not UTF-8: what Google.Protobuf throws when the stream reader parses it.
        var notUtf8 = new byte[] { 0x0A, 0x01, 0xFF };

        var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.ClientStreamingServerHandler<string, string>(
            null!, new FakeCallContext(CancellationToken.None), (_, _) => Task.FromResult(UpsertArticleRequest.Parser.ParseFrom(notUtf8).ArticleId)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("request: is not a valid message", error.Status.Detail);
        Assert.Empty(log.Errors);
    }

    private sealed class RecordingLogger : ILogger<ErrorMappingInterceptor>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Add(formatter(state, exception));
            }
        }
    }
}
