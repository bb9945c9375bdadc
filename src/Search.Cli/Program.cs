using Search.Cli.Chaos;
using Search.Cli.Commands;
using Search.Cli.Ner;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (args.Any(a => a is "--help" or "-h" or "help"))
{
    Usage();
    return 0;
}

try
{
    return args.FirstOrDefault() switch
    {
        "index" => IndexCommand.Run(args[1..], cancellation.Token),
        "search" => SearchCommand.Run(args[1..], cancellation.Token),
        "chaos" => await ChaosCommand.RunAsync(args[1..], cancellation.Token),
        "ner" => await NerCommand.RunAsync(args[1..], cancellation.Token),
        null => Usage(),
        var unknown => throw new ArgumentException($"unknown command '{unknown}'"),
    };
}
catch (ArgumentException e)
{
    // A mistake on the command line: say which, then how to call.
    Console.Error.WriteLine($"search-cli: {e.Message}");
    return Usage();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or Search.Core.Indexing.RebuildInProgressException)
{
    // Includes a missing source folder (DirectoryNotFoundException) and another process's rebuild.
    Console.Error.WriteLine($"search-cli: {e.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("search-cli: cancelled; the index is as it was before.");
    return 130;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          search-cli index  --source DIR [--index DIR] [--no-entities]   build an index from articles (.txt, .jsonl)
          search-cli search [--index DIR] (--query TEXT | --phrase TEXT) [--size N]
          search-cli chaos  --corpus DIR [--rounds N] [--phrases FILE] [--work DIR] [--port N] [--server DLL]
                            kill -9 the real server at random moments under load and check nothing acknowledged is lost
          search-cli ner    train --train FILE --dev FILE --out FILE | eval --data FILE [--model FILE] | bench --data FILE
        """);
    return 2;
}
