using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;

namespace Search.Core.Analysis;

/// <summary>Words exactly as <see cref="WordScanner"/> defines them: no stemming, no stop words.</summary>
public sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        => new(new WordTokenizer(reader));
}

/// <summary>The same words, Porter-stemmed, for free-text matching (`shares` finds `share`).</summary>
public sealed class StemmedAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(tokenizer));
    }
}
