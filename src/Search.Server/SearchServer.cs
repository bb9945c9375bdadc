using Search.Server.Hosting;

namespace Search.Server;

/// <summary>Builds the gRPC search host; <c>Program</c> and the tests share it.</summary>
public static class SearchServer
{
    /// <summary>A configured, not yet started, server. <paramref name="configure"/> lets tests swap the transport.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json ships beside the binaries; relative Search paths still resolve from the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddSearchServices();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapSearchEndpoints();
        return app;
    }
}
