using System.Diagnostics;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

/// <summary>The real server process given settings it cannot use: one line on standard error, exit code 1, nothing built.</summary>
public sealed class StartupSettingsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-settings-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("--Search:QueryBudgetSeconds=abc", "Failed to convert configuration value 'abc' at 'Search:QueryBudgetSeconds' to type 'System.Double'.")]
    [InlineData("--Search:Entities=maybe", "Failed to convert configuration value 'maybe' at 'Search:Entities' to type 'System.Boolean'.")]
    [InlineData("--Search:QueryBudgetSeconds=0", "Search:QueryBudgetSeconds must be a number of seconds above 0 and at most 1000000")]
    [InlineData("--Search:UpsertIdleSeconds=-1", "Search:UpsertIdleSeconds must be a number of seconds from 0.001 to 1000000")]
    [InlineData("--Search:UpsertIdleSeconds=1e7", "Search:UpsertIdleSeconds must be a number of seconds from 0.001 to 1000000")]
    [InlineData("--Search:UpsertIdleSeconds=1e-9", "Search:UpsertIdleSeconds must be a number of seconds from 0.001 to 1000000")]
    [InlineData("--Search:RefreshIntervalSeconds=Infinity", "Search:RefreshIntervalSeconds must be a number of seconds above 0 and at most 1000000")]
    [InlineData("--Search:IndexPath=", "Search:IndexPath must name a folder")]
    [InlineData("--Search:IndexPath=/proc/search-index", "Search:IndexPath (/proc/search-index) cannot be used: ")]
    [InlineData("--urls=http://127.0.0.1:99999", "the address 'http://127.0.0.1:99999' has port 99999; a port is 0 to 65535")]
    public async Task A_setting_the_server_cannot_use_stops_it_with_one_line(string setting, string reason)
    {
        await AssertRefusedAsync(setting, reason);
    }

    [Fact]
    public async Task A_port_in_use_is_found_before_the_index_is_built()
    {
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var port = ((System.Net.IPEndPoint)other.LocalEndpoint).Port;

        await AssertRefusedAsync($"--urls=http://127.0.0.1:{port}", $"the address http://127.0.0.1:{port} is already in use (another server on port {port}?)");
    }

    private async Task AssertRefusedAsync(string setting, string reason)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Search.Server.dll"));
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add($"--Search:SeedsPath={RepositoryPaths.Seeds}");
        start.ArgumentList.Add($"--Search:IndexPath={Path.Combine(_root, "index")}");
        start.ArgumentList.Add(setting);
        using var server = Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var errors = await server.StandardError.ReadToEndAsync();
        await server.WaitForExitAsync();

        Assert.Equal(1, server.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"search-server: cannot start: {reason}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "index")), "an index was built before the setting was checked");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
