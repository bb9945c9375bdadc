using Search.Server;

var app = SearchServer.Create(args);
app.Run();
