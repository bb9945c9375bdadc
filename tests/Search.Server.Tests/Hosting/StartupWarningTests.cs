using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Search.Core.Indexing;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

public sealed class StartupWarningTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-startup-warning-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_index_built_without_entities_is_served_with_a_warning_that_says_how_to_tag_it()
    {
        var indexPath = Path.Combine(_root, "index");
        using (var index = new ParagraphIndex(indexPath))
        {
            index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        }
        var logs = new WarningLog();

        var app = SearchServer.Create([$"--Search:SeedsPath={RepositoryPaths.Seeds}", $"--Search:IndexPath={indexPath}", "--Search:AdminToken=t"], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync(CancellationToken.None);
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();

        Assert.Contains(
            $"The index in {indexPath} has no entities (built with --no-entities?): entity queries and listings find nothing, and only new upserts get entities. Call RebuildIndex to tag every article.",
            logs.Messages);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class WarningLog : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lock (Messages)
                {
                    Messages.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
