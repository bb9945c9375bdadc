using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

/// <summary>The real server process, told where to listen the way containers and scripts tell ASP.NET apps.</summary>
public sealed class ListenAddressTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-listen-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_server_listens_where_ASPNETCORE_URLS_says()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Search.Server.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Search__SeedsPath"] = RepositoryPaths.Seeds;
        start.Environment["Search__IndexPath"] = Path.Combine(_root, "index");
        using var server = Process.Start(start)!;
        try
        {
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
            var health = new Health.HealthClient(channel);
            var status = await WaitForServingAsync(health);
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, status);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    // Up to 60 s for the first build of the seed index; the answer itself is asserted by the caller.
    private static async Task<HealthCheckResponse.Types.ServingStatus> WaitForServingAsync(Health.HealthClient health)
    {
        var status = HealthCheckResponse.Types.ServingStatus.Unknown;
        for (var attempt = 0; attempt < 120 && status != HealthCheckResponse.Types.ServingStatus.Serving; attempt++)
        {
            try
            {
                status = (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2))).Status;
            }
            catch (Grpc.Core.RpcException)
            {
                // Not listening yet.
            }
            if (status != HealthCheckResponse.Types.ServingStatus.Serving)
            {
                await Task.Delay(500);
            }
        }
        return status;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
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
