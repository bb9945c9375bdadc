namespace Search.Core.Entities.Recognition;

/// <summary>Tags the sentences of one document with BILOU labels: first pass, then the document-aware second pass.</summary>
internal static class DocumentTagger
{
    /// <summary>Tags a document given as tokenized sentences; returns one label array per sentence.</summary>
    public static List<int[]> Tag(NerModel model, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var contexts = new List<SentenceContext>(sentences.Count);
        var local = new List<SentenceFeatures>(sentences.Count);
        var firstPass = new List<int[]>(sentences.Count);
        foreach (var words in sentences)
        {
            var context = new SentenceContext(words, model.Lexicon, model.Gazetteer);
            var features = SentenceFeatures.Extract(context, model.Lexicon);
            contexts.Add(context);
            local.Add(features);
            firstPass.Add(model.FirstPass.Tag(features));
        }

        if (model.SecondPass is null)
        {
            return firstPass;
        }

        var document = new DocumentFeatures(contexts, firstPass);
        var result = new List<int[]>(sentences.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            result.Add(model.SecondPass.Tag(local[s].WithDocument(contexts[s], document, firstPass[s])));
        }

        return result;
    }

    /// <summary>Tags every document of a CoNLL corpus and scores the result against its gold tags.</summary>
    public static EntityScorer Evaluate(NerModel model, IEnumerable<ConllDocument> documents)
    {
        var scorer = new EntityScorer();
        foreach (var document in documents)
        {
            var labels = Tag(model, document.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            for (int s = 0; s < labels.Count; s++)
            {
                scorer.Add(IobChunks.ToSpans(document.Sentences[s].Tags), BilouLabels.Decode(labels[s]));
            }
        }

        return scorer;
    }
}
