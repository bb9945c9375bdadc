using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Search.Server.Tests.Support;

/// <summary>A logger provider that keeps every formatted message at or above a level, for asserting what the server logged.</summary>
public sealed class CapturedLog(LogLevel minimum) : ILoggerProvider, ILogger
{
    public List<string> Messages { get; } = [];

    /// <summary>Starts the server on an in-memory transport with these arguments, stops it, and returns what it logged.</summary>
    public static async Task<CapturedLog> OfStartAndStopAsync(LogLevel minimum, params string[] args)
    {
        var logs = new CapturedLog(minimum);
        var app = SearchServer.Create(args, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync(CancellationToken.None);
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        return logs;
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

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
