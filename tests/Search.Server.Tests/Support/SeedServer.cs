namespace Search.Server.Tests.Support;

/// <summary>One server over the bundled seed article, shared by the tests of a class.</summary>
public sealed class SeedServer : IAsyncLifetime
{
    public ServerFixture Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerFixture.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
