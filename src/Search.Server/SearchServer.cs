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
}
