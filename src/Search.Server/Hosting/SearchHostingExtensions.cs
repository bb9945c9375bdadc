using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Internal;
using Search.Server.Services;

namespace Search.Server.Hosting;

/// <summary>Registers and maps everything the search server serves.</summary>
public static class SearchHostingExtensions
{
    public static WebApplicationBuilder AddSearchServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.IndexPath), "Search:IndexPath must name a folder")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SeedsPath), "Search:SeedsPath must name a folder")
            .Validate(o => IsDuration(o.QueryBudgetSeconds), $"Search:QueryBudgetSeconds {DurationRule}")
            .Validate(o => IsDuration(o.UpsertIdleSeconds) && o.UpsertIdleSeconds >= MinIdleSeconds, $"Search:UpsertIdleSeconds {IdleRule}")
            .Validate(o => IsDuration(o.RefreshIntervalSeconds), $"Search:RefreshIntervalSeconds {DurationRule}")
            .ValidateOnStart();
        services.AddSingleton(IndexOpening.Open);
        services.AddSingleton<ParagraphSearcher>();
        services.AddHostedService<IndexLifecycle>();
        // Registered, the interceptors are resolved once; unregistered, gRPC would build them per call.
        services.AddSingleton<ErrorMappingInterceptor>();
        services.AddSingleton<AdminAuthorizationInterceptor>();
        services.AddSingleton<RequestSizeInterceptor>();
        services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.Interceptors.Add<AdminAuthorizationInterceptor>();
            options.Interceptors.Add<RequestSizeInterceptor>();
            options.EnableDetailedErrors = false;
            // Above our own per-message limits, so oversized input gets our INVALID_ARGUMENT, not the transport's error.
            options.MaxReceiveMessageSize = 16 * 1024 * 1024;
            foreach (var provider in CheckedCompressionProvider.Defaults)
            {
                options.CompressionProviders.Add(provider);
            }
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks(options =>
        {
            // "" (the whole server) is mapped by default; probes may also name the service they depend on.
            options.Services.Map(Contracts.V1.SearchService.Descriptor.FullName, _ => true);
            options.Services.Map(Contracts.V1.IndexService.Descriptor.FullName, _ => true);
        }).AddCheck<IndexHealthCheck>("index");
        return builder;
    }

    // Timers take at most about 49.7 days (2^32 - 2 ms); a million seconds (11.6 days) is far beyond any use.
    private const double MaxDurationSeconds = 1_000_000;
    private const string DurationRule = "must be a number of seconds above 0 and at most 1000000";

    // Below a millisecond the idle timer fires at once and aborts every stream at its second message. (A tiny
    // query budget is allowed: it is how a test makes every search run out of time.)
    private const double MinIdleSeconds = 0.001;
    private const string IdleRule = "must be a number of seconds from 0.001 to 1000000";

    private static bool IsDuration(double seconds) => double.IsFinite(seconds) && seconds > 0 && seconds <= MaxDurationSeconds;

    public static WebApplication MapSearchEndpoints(this WebApplication app)
    {
        app.UseMiddleware<FrameErrorMiddleware>();
        app.MapGrpcService<SearchGrpcService>();
        app.MapGrpcService<IndexGrpcService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}

/// <summary>Healthy once there is an index to serve.</summary>
internal sealed class IndexHealthCheck(ParagraphIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsServing ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("no index has been built yet"));
}
