using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Search.Server;
using Search.Server.Hosting;

var app = SearchServer.Create(args);
try
{
    SearchServer.CheckSettings(app);
    app.Run();
    return 0;
}
catch (Exception e) when (e is StartupRefusedException or OptionsValidationException
    || e is IOException { InnerException: AddressInUseException or System.Net.Sockets.SocketException }
    || e is InvalidOperationException && e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
{
    // A setting to change (a folder, a port in use, a value that is not a number): one line that says which, not a stack trace.
    Console.Error.WriteLine($"search-server: cannot start: {e.Message}");
    return 1;
}
