using Grpc.Core;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Search.Server.Internal;

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

    private sealed class FakeCallContext(CancellationToken cancellationToken) : ServerCallContext
    {
        protected override string MethodCore => "/search.v1.IndexService/UpsertArticles";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:5555";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore { get; } = [];
        protected override CancellationToken CancellationTokenCore => cancellationToken;
        protected override Metadata ResponseTrailersCore { get; } = [];
        protected override Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
