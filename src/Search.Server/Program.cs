using Microsoft.AspNetCore.Connections;
using Search.Server;
using Search.Server.Hosting;

var app = SearchServer.Create(args);
try
{
    app.Run();
    return 0;
}
catch (Exception e) when (e is StartupRefusedException || e is IOException { InnerException: AddressInUseException or System.Net.Sockets.SocketException })
{
    // A setting to change (a folder, a port in use): one line that says which, not a stack trace.
    Console.Error.WriteLine($"search-server: cannot start: {e.Message}");
    return 1;
}
