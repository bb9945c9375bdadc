using System.Globalization;

namespace Search.Core.Entities.Recognition;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
internal sealed record NerTrainingOptions(int Epochs = 20, int Folds = 5, int Seed = 20030601, float MinWeight = 0f, bool SecondPass = true);

/// <summary>
/// Trains the two-pass tagger. Training data must look like test data to each pass, so gazetteer features for a
/// training document come from a gazetteer built without it, and the first-pass labels the second pass learns from
/// are jackknifed: predicted by a first-pass model trained on the other folds.
/// </summary>
internal sealed class NerTrainer
{
    private readonly WordLexicon _lexicon;
    private readonly NerTrainingOptions _options;
    private readonly Action<string> _log;

    /// <summary>Creates a trainer.</summary>
    public NerTrainer(WordLexicon lexicon, NerTrainingOptions options, Action<string> log)
    {
        _lexicon = lexicon;
        _options = options;
        _log = log;
    }

    /// <summary>Trains on <paramref name="train"/>, choosing epochs by F1 on <paramref name="dev"/>.</summary>
    public NerModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev)
    {
        int folds = _options.Folds;
        var fullGazetteer = Gazetteer.FromDocuments(train);
        var foldGazetteers = Enumerable.Range(0, folds)
            .Select(f => Gazetteer.FromDocuments(train.Where((_, d) => d % folds != f))).ToArray();

        var trainSet = PreparedCorpus.Create(train, _lexicon, d => foldGazetteers[d % folds]);
        var devSet = PreparedCorpus.Create(dev, _lexicon, _ => fullGazetteer);
        _log($"features extracted: {trainSet.Local.Count} train documents, {devSet.Local.Count} dev documents");

        var firstIndex = new FeatureIndex();
        var firstData = trainSet.ToTraining(firstIndex, trainSet.Local);
        _log($"first pass: {firstIndex.Count} features");
        var (firstPass, bestEpoch) = TrainStage("first pass", firstIndex, firstData, _options.Epochs, devSet, devSet.Local);
        if (!_options.SecondPass)
        {
            return new NerModel(_lexicon, fullGazetteer, firstPass, null);
        }

        var jackknifed = Jackknife(trainSet, firstIndex, firstData, bestEpoch);
        var trainSecond = trainSet.WithDocumentFeatures(jackknifed);
        var devSecond = devSet.WithDocumentFeatures(devSet.Local.Select(d => d.Select(firstPass.Tag).ToArray()).ToList());
        var secondIndex = new FeatureIndex();
        var secondData = trainSet.ToTraining(secondIndex, trainSecond);
        _log($"second pass: {secondIndex.Count} features");
        var (secondPass, _) = TrainStage("second pass", secondIndex, secondData, _options.Epochs, devSet, devSecond);
        return new NerModel(_lexicon, fullGazetteer, firstPass, secondPass);
    }

    private (LinearChainModel Model, int Epochs) TrainStage(string name, FeatureIndex index, List<TrainingSentence> data,
        int epochs, PreparedCorpus dev, List<SentenceFeatures[]> devFeatures)
    {
        var trainer = new PerceptronTrainer(index.Hashes);
        var random = new Random(_options.Seed);
        LinearChainModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int mistakes = trainer.TrainEpoch(data, random);
            var model = trainer.Average(_options.MinWeight);
            double f1 = dev.Score(model, devFeatures).F1;
            _log(string.Create(CultureInfo.InvariantCulture,
                $"{name} epoch {epoch}: {mistakes} sentences wrong, dev F1={f1:F4}, {model.Features.Length} features kept"));
            if (f1 > bestF1)
            {
                (best, bestF1, bestEpoch) = (model, f1, epoch);
            }
        }

        _log(string.Create(CultureInfo.InvariantCulture, $"{name}: best dev F1={bestF1:F4} at epoch {bestEpoch}"));
        return (best!, bestEpoch);
    }

    // First-pass labels for each training document from a model that never saw it.
    private List<int[][]> Jackknife(PreparedCorpus trainSet, FeatureIndex index, List<TrainingSentence> data, int epochs)
    {
        int folds = _options.Folds;
        var labels = new int[trainSet.Local.Count][][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var trainer = new PerceptronTrainer(index.Hashes);
            var random = new Random(_options.Seed + fold + 1);
            var foldData = data.Where((_, s) => trainSet.DocumentOfSentence[s] % folds != fold).ToList();
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                trainer.TrainEpoch(foldData, random);
            }

            var model = trainer.Average(_options.MinWeight);
            for (int d = fold; d < labels.Length; d += folds)
            {
                labels[d] = [.. trainSet.Local[d].Select(model.Tag)];
            }

            _log($"jackknife fold {fold + 1}/{folds} done");
        });

        return [.. labels];
    }
}
