using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Search.Server.Tests.Support;

/// <summary>
/// The real server on an in-memory transport, over a real on-disk index in a temp folder, built from
/// a copy of the given seeds. Each fixture owns its folders.
/// </summary>
public sealed class ServerFixture : IAsyncDisposable
{
    /// <summary>The admin token the fixture's servers require for index changes.</summary>
    public const string AdminToken = "test-admin-token";

    private readonly WebApplication _app;
    private readonly TestServer _testServer;
    private readonly bool _ownsRoot;
    private bool _stopped;

    private ServerFixture(WebApplication app, string root, GrpcChannel channel, bool ownsRoot)
    {
        _app = app;
        _testServer = app.GetTestServer();
        Root = root;
        Channel = channel;
        _ownsRoot = ownsRoot;
    }

    /// <summary>Headers that authorise index changes.</summary>
    public static Grpc.Core.Metadata Admin => new() { { "authorization", "Bearer " + AdminToken } };

    public string Root { get; }
    public string SeedsPath => Path.Combine(Root, "seeds");
    public string IndexPath => Path.Combine(Root, "index");
    public GrpcChannel Channel { get; }
    public IServiceProvider Services => _app.Services;
    public Uri BaseAddress => _testServer.BaseAddress;

    /// <summary>A raw HTTP handler to the server, for requests no gRPC client would send.</summary>
    public HttpMessageHandler CreateHttpHandler() => _testServer.CreateHandler();

    public static Task<ServerFixture> StartAsync(string? seedsSource = null, params string[] extraArgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "search-server-tests-" + Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(seedsSource ?? RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }
        return StartAsync(root, ownsRoot: true, extraArgs);
    }

    /// <summary>Another server over the same folders, as after a restart; the caller keeps the folders.</summary>
    public Task<ServerFixture> StartAnotherAsync(params string[] extraArgs) => StartAsync(Root, ownsRoot: false, extraArgs);

    private static async Task<ServerFixture> StartAsync(string root, bool ownsRoot, string[] extraArgs)
    {
        string[] args =
        [
            $"--Search:SeedsPath={Path.Combine(root, "seeds")}", $"--Search:IndexPath={Path.Combine(root, "index")}",
            $"--Search:AdminToken={AdminToken}", .. extraArgs,
        ];
        var app = SearchServer.Create(args, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var server = app.GetTestServer();
        var channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
        return new ServerFixture(app, root, channel, ownsRoot);
    }

    /// <summary>Stops the server and releases the index, keeping the folders (as a process exit would).</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (!_ownsRoot)
        {
            return;
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do no harm.
        }
    }
}
