using System.Net;
using System.Net.Sockets;
using Search.Server.Hosting;

namespace Search.Server;

/// <summary>Builds the gRPC search host; <c>Program</c> and the tests share it.</summary>
public static class SearchServer
{
    /// <summary>Where the server listens unless told otherwise: loopback only, so a first run exposes nothing.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>A configured, not yet started, server. <paramref name="configure"/> lets tests swap the transport.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json ships beside the binaries; relative Search paths still resolve from the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The default address is set here, not in appsettings.json: there it would outrank ASPNETCORE_URLS and
        // ASPNETCORE_HTTP_PORTS, which ASP.NET reads at a lower precedence than the app's own settings file.
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"])
            && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.AddSearchServices();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapSearchEndpoints();
        return app;
    }

    /// <summary>
    /// Reads the settings and opens the index folder before the host starts, so that a setting to change
    /// fails here, as one exception for <c>Program</c> to print in one line, and not in the host's start,
    /// which logs it with a stack trace first.
    /// </summary>
    public static void CheckSettings(WebApplication app)
    {
        foreach (var url in (app.Configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            CheckAddress(url);
        }
        _ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value;
        _ = app.Services.GetRequiredService<Search.Core.Indexing.ParagraphIndex>();
    }

    // Kestrel checks its addresses only once the index is built and warm, which for a first build of a large
    // corpus is a long wait to learn of a typo or of a port in use. This looks first, as far as it can tell:
    // the port's range, and whether a listener already holds the port on a given address.
    private static void CheckAddress(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException e)
        {
            throw new StartupRefusedException($"the address '{url}' is not a URL to listen on: {e.Message}");
        }
        if (address.Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new StartupRefusedException($"the address '{url}' has port {address.Port}; a port is 0 to {IPEndPoint.MaxPort}");
        }
        var ip = address.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(address.Host.Trim('[', ']'), out var parsed) ? parsed : null;
        if (ip is null || address.Port == 0)
        {
            return;
        }
        using var probe = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        // As Kestrel binds: a port whose last connections linger in TIME_WAIT is free; one with a listener is not.
        probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        try
        {
            probe.Bind(new IPEndPoint(ip, address.Port));
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw new StartupRefusedException($"the address {url} is already in use (another server on port {address.Port}?)");
        }
        catch (SocketException)
        {
            // Not ours to judge here (an address of another machine, say): Kestrel reports it when it binds.
        }
    }
}
