using Search.Cli.Ner;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

if (args.Length > 0 && args[0] == "ner")
{
    return await NerCommand.RunAsync(args[1..], cancellation.Token);
}

Console.Error.WriteLine("usage: search-cli ner <train|eval|bench|clusters> [options]");
return 2;
