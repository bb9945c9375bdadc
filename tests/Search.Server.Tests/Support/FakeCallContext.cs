using Grpc.Core;

namespace Search.Server.Tests.Support;

/// <summary>A call context for calling an interceptor or a service method directly, with the cancellation token given.</summary>
internal sealed class FakeCallContext(CancellationToken cancellationToken, DateTime? deadline = null) : ServerCallContext
{
    protected override string MethodCore => "/search.v1.IndexService/UpsertArticles";
    protected override string HostCore => "localhost";
    protected override string PeerCore => "ipv4:127.0.0.1:5555";
    protected override DateTime DeadlineCore => deadline ?? DateTime.MaxValue;
    protected override Metadata RequestHeadersCore { get; } = [];
    protected override CancellationToken CancellationTokenCore => cancellationToken;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore => new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}

/// <summary>A host lifetime for services called directly: running until <see cref="StopApplication"/>.</summary>
internal sealed class RunningLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;
    public CancellationToken ApplicationStopping => _stopping.Token;
    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => _stopping.Cancel();
}
