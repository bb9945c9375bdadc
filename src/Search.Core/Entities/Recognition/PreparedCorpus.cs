namespace Search.Core.Entities.Recognition;

/// <summary>A labelled corpus with its sentences analysed and first-pass features extracted, ready for training or scoring.</summary>
internal sealed class PreparedCorpus
{
    private PreparedCorpus(List<SentenceContext[]> contexts, List<SentenceFeatures[]> local, List<List<EntitySpan>[]> gold,
        WordLexicon lexicon)
    {
        Contexts = contexts;
        Local = local;
        Gold = gold;
        Lexicon = lexicon;
        DocumentOfSentence = [.. contexts.SelectMany((sentences, d) => sentences.Select(_ => d))];
    }

    /// <summary>Per document, per sentence: analysed tokens.</summary>
    public List<SentenceContext[]> Contexts { get; }

    /// <summary>Per document, per sentence: first-pass features.</summary>
    public List<SentenceFeatures[]> Local { get; }

    /// <summary>Per document, per sentence: gold entities.</summary>
    public List<List<EntitySpan>[]> Gold { get; }

    /// <summary>The lexicon used for the features.</summary>
    public WordLexicon Lexicon { get; }

    /// <summary>Document number of each sentence, in corpus order.</summary>
    public int[] DocumentOfSentence { get; }

    /// <summary>Analyses documents; <paramref name="gazetteerFor"/> picks the gazetteer for document number d.</summary>
    public static PreparedCorpus Create(IReadOnlyList<ConllDocument> documents, WordLexicon lexicon, Func<int, Gazetteer> gazetteerFor)
    {
        var contexts = new SentenceContext[documents.Count][];
        var local = new SentenceFeatures[documents.Count][];
        var gold = new List<EntitySpan>[documents.Count][];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, d =>
        {
            var sentences = documents[d].Sentences;
            contexts[d] = [.. sentences.Select(s => new SentenceContext(s.Words, lexicon, gazetteerFor(d)))];
            local[d] = [.. contexts[d].Select(c => SentenceFeatures.Extract(c, lexicon))];
            gold[d] = [.. sentences.Select(s => IobChunks.ToSpans(s.Tags))];
        });

        return new PreparedCorpus([.. contexts], [.. local], [.. gold], lexicon);
    }

    /// <summary>Training sentences over <paramref name="features"/>, numbering features in <paramref name="index"/>.</summary>
    public List<TrainingSentence> ToTraining(FeatureIndex index, List<SentenceFeatures[]> features)
    {
        var data = new List<TrainingSentence>();
        for (int d = 0; d < features.Count; d++)
        {
            for (int s = 0; s < features[d].Length; s++)
            {
                var sentence = features[d][s];
                data.Add(new TrainingSentence(index.Add(sentence), sentence.Offsets, BilouLabels.Encode(Gold[d][s], sentence.Length)));
            }
        }

        return data;
    }

    /// <summary>First-pass features extended with document features computed from the given first-pass labels.</summary>
    public List<SentenceFeatures[]> WithDocumentFeatures(IReadOnlyList<int[][]> firstPassLabels)
    {
        var result = new List<SentenceFeatures[]>(Local.Count);
        for (int d = 0; d < Local.Count; d++)
        {
            var document = new DocumentFeatures(Contexts[d], firstPassLabels[d]);
            result.Add([.. Local[d].Select((features, s) => features.WithDocument(Contexts[d][s], document, firstPassLabels[d][s]))]);
        }

        return result;
    }

    /// <summary>Scores one tagger on precomputed features against the gold entities.</summary>
    public EntityScorer Score(LinearChainModel model, List<SentenceFeatures[]> features)
    {
        var scorer = new EntityScorer();
        for (int d = 0; d < features.Count; d++)
        {
            for (int s = 0; s < features[d].Length; s++)
            {
                scorer.Add(Gold[d][s], BilouLabels.Decode(model.Tag(features[d][s])));
            }
        }

        return scorer;
    }
}
