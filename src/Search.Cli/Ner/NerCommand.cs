using System.Diagnostics;
using Search.Core.Entities.Recognition;

namespace Search.Cli.Ner;

/// <summary>`ner` subcommands: train, eval, bench and clusters.</summary>
public static class NerCommand
{
    private const string DefaultUnlabelled = "/work/shared/corpora/reuters21578-articles";

    /// <summary>Runs a `ner` subcommand; <paramref name="args"/> excludes the leading "ner".</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        if (args.Length == 0)
        {
            return Task.FromResult(Usage());
        }

        var options = new CommandOptions(args.Skip(1));
        try
        {
            return Task.FromResult(args[0] switch
            {
                "train" => Train(options),
                "eval" => Evaluate(options),
                "bench" => Benchmark(options),
                "tag" => Tag(options),
                "clusters" => Clusters(options),
                _ => Usage(),
            });
        }
        catch (ArgumentException e)
        {
            // A mistake on the command line: say which, then how to call, as the other commands do.
            Console.Error.WriteLine($"search-cli: {e.Message}");
            return Task.FromResult(Usage());
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"search-cli: {e.Message}");
            return Task.FromResult(1);
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              ner train --train FILE --dev FILE --out FILE [--lexicon FILE] [--epochs N]
              ner eval --data FILE [--model FILE] [--output FILE]
              ner bench --data FILE [--model FILE] [--rounds N]
              ner tag --file TEXTFILE [--model FILE]
              ner clusters --out FILE [--unlabelled DIR] [--extra CONLLFILE] [--k 64,256,1024]
            """);
        return 2;
    }

    private static int Train(CommandOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine($"[{stopwatch.Elapsed.TotalSeconds,5:F0}s] {message}");
        string trainPath = options.Require("train");
        var train = ConllCorpus.Read(trainPath);
        var dev = ConllCorpus.Read(options.Require("dev"));
        var lexicon = LoadOrBuildLexicon(options, trainPath, Log);
        var trainingOptions = new NerTrainingOptions(
            Epochs: options.GetInt("epochs", 20),
            Folds: options.GetInt("folds", 5),
            Seed: options.GetInt("seed", 20030601),
            MinWeight: float.Parse(options.Get("min-weight", "0")!, System.Globalization.CultureInfo.InvariantCulture),
            SecondPass: options.Get("single-pass") is null);
        var model = new NerTrainer(lexicon, trainingOptions, Log).Train(train, dev);

        string outPath = options.Require("out");
        using (var file = File.Create(outPath))
        {
            ModelSerializer.Save(model, file);
        }

        Log($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB); re-scoring the saved model on dev:");
        using var saved = File.OpenRead(outPath);
        Console.WriteLine(DocumentTagger.Evaluate(ModelSerializer.Load(saved), dev).Report());
        return 0;
    }

    private static int Evaluate(CommandOptions options)
    {
        var recognizer = LoadRecognizer(options);
        var data = ConllCorpus.Read(options.Require("data"));
        if (options.Get("output") is { } output)
        {
            WritePredictions(recognizer.Model, data, output);
        }

        Console.WriteLine(DocumentTagger.Evaluate(recognizer.Model, data).Report());
        return 0;
    }

    // Writes `word gold predicted` lines (predictions in IOB2) for inspection or for the original conlleval script.
    private static void WritePredictions(NerModel model, List<ConllDocument> data, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var document in data)
        {
            var labels = DocumentTagger.Tag(model, document.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            for (int s = 0; s < labels.Count; s++)
            {
                var sentence = document.Sentences[s];
                var predicted = Enumerable.Repeat("O", sentence.Words.Length).ToArray();
                foreach (var span in BilouLabels.Decode(labels[s]))
                {
                    for (int i = span.Start; i < span.End; i++)
                    {
                        predicted[i] = (i == span.Start ? "B-" : "I-") + IobChunks.TypeName(span.Kind);
                    }
                }

                for (int i = 0; i < predicted.Length; i++)
                {
                    writer.WriteLine($"{sentence.Words[i]} {sentence.Tags[i]} {predicted[i]}");
                }

                writer.WriteLine();
            }
        }
    }

    // Tags a CoNLL file's documents on one thread, several rounds, and reports tokens per second.
    private static int Benchmark(CommandOptions options)
    {
        var recognizer = LoadRecognizer(options);
        var documents = ConllCorpus.Read(options.Require("data"))
            .Select(d => d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList()).ToList();
        long tokens = documents.Sum(d => d.Sum(s => (long)s.Count));
        int rounds = options.GetInt("rounds", 5);
        foreach (var document in documents)
        {
            DocumentTagger.Tag(recognizer.Model, document); // warm-up: let the JIT reach its optimised tier
        }

        var stopwatch = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var document in documents)
            {
                DocumentTagger.Tag(recognizer.Model, document);
            }
        }

        double seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"pre-tokenized: {tokens * rounds} tokens in {seconds:F2}s = {tokens * rounds / seconds:F0} tokens/s (one thread)");

        // The same text as raw paragraphs, through the public API including tokenization.
        var paragraphs = documents.Select(d => (IReadOnlyList<string>)d.Select(s => string.Join(' ', s)).ToList()).ToList();
        stopwatch.Restart();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var document in paragraphs)
            {
                recognizer.RecognizeDocument(document);
            }
        }

        seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"raw text: {tokens * rounds} tokens in {seconds:F2}s = {tokens * rounds / seconds:F0} tokens/s (one thread)");
        return 0;
    }

    // Tags a plain-text file as one document whose paragraphs are its non-empty lines; prints one entity a line.
    private static int Tag(CommandOptions options)
    {
        var recognizer = LoadRecognizer(options);
        var paragraphs = File.ReadAllLines(options.Require("file")).Where(line => line.Trim().Length > 0).ToList();
        var entities = recognizer.RecognizeDocument(paragraphs);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            foreach (var entity in entities[p])
            {
                Console.WriteLine($"{p}\t{entity.Start}\t{entity.End}\t{entity.Kind}\t{paragraphs[p][entity.Start..entity.End]}");
            }
        }

        return 0;
    }

    private static EntityRecognizer LoadRecognizer(CommandOptions options)
    {
        if (options.Get("model") is not { } path)
        {
            return EntityRecognizer.LoadDefault();
        }

        using var file = File.OpenRead(path);
        return EntityRecognizer.Load(file);
    }

    // Clustering is the slow part of training and does not depend on the labels, so it is cached in a file.
    private static WordLexicon LoadOrBuildLexicon(CommandOptions options, string trainPath, Action<string> log)
    {
        string? path = options.Get("lexicon");
        if (path is not null && File.Exists(path))
        {
            log($"loading lexicon {path}");
            return LexiconSerializer.Load(path);
        }

        var lexicon = BuildLexicon(options, trainPath, log);
        if (path is not null)
        {
            LexiconSerializer.Save(path, lexicon);
        }

        return lexicon;
    }

    private static WordLexicon BuildLexicon(CommandOptions options, string? extraConll, Action<string> log)
    {
        string directory = options.Get("unlabelled", DefaultUnlabelled)!;
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal);
        var sentences = LexiconBuilder.ReadArticles(files);
        if (extraConll is not null)
        {
            sentences.AddRange(ConllCorpus.Read(extraConll).SelectMany(d => d.Sentences).Select(s => s.Words));
        }

        log($"read {sentences.Count} unlabelled sentences");
        int[] counts = [.. options.Get("k", "64,256,1024")!.Split(',').Select(int.Parse)];
        return LexiconBuilder.Build(sentences, counts, options.GetInt("min-count", 3), options.GetInt("iterations", 12), log);
    }

    private static int Clusters(CommandOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var lexicon = BuildLexicon(options, options.Get("extra"), message => Console.WriteLine($"[{stopwatch.Elapsed.TotalSeconds:F0}s] {message}"));
        LexiconSerializer.Save(options.Require("out"), lexicon);
        Console.WriteLine($"wrote {lexicon.Words.Length} words in {stopwatch.Elapsed.TotalSeconds:F1}s");
        return 0;
    }
}
