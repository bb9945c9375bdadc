using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

/// <summary>The real Kestrel server on a real port, driven by an independent reflection-based client (buf curl), as grpcurl would be.</summary>
public sealed class RealServerTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-real-" + Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;
    private string _address = "";

    public async Task InitializeAsync()
    {
        _app = SearchServer.Create(
            [$"--Search:SeedsPath={RepositoryPaths.Seeds}", $"--Search:IndexPath={Path.Combine(_root, "index")}", "--urls", "http://127.0.0.1:0"],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        _address = _app.Urls.Single();
    }

    [SkippableFact]
    public async Task Reflection_lists_the_services_and_search_answers()
    {
        Skip.IfNot(File.Exists(RepositoryPaths.Buf), $"buf not installed at {RepositoryPaths.Buf}; run `npm ci` in tests/tools (.ci/run does).");

        var methods = await BufCurlAsync("--list-methods", _address);
        Assert.Contains("search.v1.SearchService/Search", methods.Split('\n'));
        Assert.Contains("search.v1.IndexService/RebuildIndex", methods.Split('\n'));
        Assert.Contains("grpc.health.v1.Health/Check", methods.Split('\n'));

        var output = await BufCurlAsync("-d", """{"phrase":"Kim Jong Un","page_size":1}""", $"{_address}/search.v1.SearchService/Search");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("5", json.RootElement.GetProperty("totalSize").GetString());
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("000_f78ab181bd0a5255", hit.GetProperty("articleId").GetString());
        Assert.Equal("PARAGRAPH_KIND_CAPTION", hit.GetProperty("kind").GetString());
        Assert.Equal(13, hit.GetProperty("paragraphIndex").GetInt32());
    }

    [Fact]
    public async Task Without_a_token_loopback_clients_may_change_the_index()
    {
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(_address);
        var client = new Search.Contracts.V1.IndexService.IndexServiceClient(channel);
        var rebuilt = await client.RebuildIndexAsync(new Search.Contracts.V1.RebuildIndexRequest());
        Assert.Equal((1, 21), (rebuilt.Articles, rebuilt.Paragraphs));
    }

    private static async Task<string> BufCurlAsync(params string[] args)
    {
        var start = new ProcessStartInfo(RepositoryPaths.Buf) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["curl", "--protocol", "grpc", "--http2-prior-knowledge", .. args])
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"buf curl failed: {await stderr}");
        return await stdout;
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do no harm.
        }
    }
}
