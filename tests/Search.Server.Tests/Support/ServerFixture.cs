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
    private readonly WebApplication _app;

    private ServerFixture(WebApplication app, string root, GrpcChannel channel)
    {
        _app = app;
        Root = root;
        Channel = channel;
    }

    public string Root { get; }
    public string SeedsPath => Path.Combine(Root, "seeds");
    public string IndexPath => Path.Combine(Root, "index");
    public GrpcChannel Channel { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<ServerFixture> StartAsync(string? seedsSource = null, params string[] extraArgs)
    {
        var root = Path.Combine(Path.GetTempPath(), "search-server-tests-" + Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(root, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(seedsSource ?? RepositoryPaths.Seeds))
        {
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        }
        string[] args = [$"--Search:SeedsPath={seeds}", $"--Search:IndexPath={Path.Combine(root, "index")}", .. extraArgs];
        var app = SearchServer.Create(args, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var server = app.GetTestServer();
        var channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions { HttpHandler = server.CreateHandler() });
        return new ServerFixture(app, root, channel);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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
