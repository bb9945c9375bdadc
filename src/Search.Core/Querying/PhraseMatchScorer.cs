using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Querying;

/// <summary>
/// Finds the documents where every word of an exact phrase sits at its offset from a common start, and
/// counts those starts (the phrase frequency that scores the document). The rarest word leads the
/// document intersection; in a document all words have, each word's start positions (position minus its
/// offset) are read into arrays kept between documents and intersected, so a search allocates only these.
/// </summary>
internal sealed class PhraseMatchScorer : Scorer
{
    private readonly DocsAndPositionsEnum[] _postings;
    private readonly int[] _offsets;
    private readonly Similarity.SimScorer _docScorer;
    private readonly int[][] _starts;
    private readonly int[] _startCounts;
    private readonly long _cost;
    private PostingsPool? _pool;
    private int _doc = -1;
    private int _frequency;

    /// <param name="postings">Each word's positions, the rarest first.</param>
    /// <param name="offsets">Each word's position within the phrase, in the same order.</param>
    /// <param name="pool">Where the postings go back once the last document is passed.</param>
    public PhraseMatchScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] offsets, Similarity.SimScorer docScorer, PostingsPool pool)
        : base(weight)
    {
        _postings = postings;
        _cost = postings[0].GetCost();
        _pool = pool;
        _offsets = offsets;
        _docScorer = docScorer;
        _starts = postings.Select(_ => new int[8]).ToArray();
        _startCounts = new int[postings.Length];
    }

    public override int DocID => _doc;

    public override int Freq => _frequency;

    public override float GetScore() => _docScorer.Score(_doc, _frequency);

    public override long GetCost() => _cost;

    // Once past the last document the postings may be another scorer's: they are not read again.
    public override int NextDoc() => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Settle(_postings[0].NextDoc());

    public override int Advance(int target) => _doc == NO_MORE_DOCS ? NO_MORE_DOCS : Settle(_postings[0].Advance(target));

    // From a document of the leading word, the first one at or after it that has the phrase.
    private int Settle(int doc)
    {
        while (doc != NO_MORE_DOCS)
        {
            var behind = -1;
            for (var i = 1; i < _postings.Length; i++)
            {
                var other = _postings[i].DocID < doc ? _postings[i].Advance(doc) : _postings[i].DocID;
                if (other > doc)
                {
                    behind = other;
                    break;
                }
            }
            if (behind >= 0)
            {
                doc = _postings[0].Advance(behind);
                continue;
            }
            _frequency = PhraseFrequency();
            if (_frequency > 0)
            {
                return _doc = doc;
            }
            doc = _postings[0].NextDoc();
        }
        _frequency = 0;
        _doc = NO_MORE_DOCS;
        _pool?.Return(_postings);
        _pool = null;
        return NO_MORE_DOCS;
    }

    // How many starts every word has: sorted lists (positions ascend) intersected in one pass.
    private int PhraseFrequency()
    {
        for (var i = 0; i < _postings.Length; i++)
        {
            var count = _postings[i].Freq;
            if (_starts[i].Length < count)
            {
                _starts[i] = new int[Math.Max(count, _starts[i].Length * 2)];
            }
            var starts = _starts[i];
            for (var k = 0; k < count; k++)
            {
                starts[k] = _postings[i].NextPosition() - _offsets[i];
            }
            _startCounts[i] = count;
        }
        Span<int> at = _postings.Length <= 64 ? stackalloc int[_postings.Length] : new int[_postings.Length];
        at.Clear(); // each word's read position; stackalloc is zeroed only while locals are initialised
        var frequency = 0;
        for (var k = 0; k < _startCounts[0]; k++)
        {
            var start = _starts[0][k];
            // As Lucene counts: each start once (a word stacked on itself counts once), none before the text.
            if (start < 0 || (k > 0 && start == _starts[0][k - 1]))
            {
                continue;
            }
            var everyWord = true;
            for (var i = 1; i < _postings.Length && everyWord; i++)
            {
                var starts = _starts[i];
                while (at[i] < _startCounts[i] && starts[at[i]] < start)
                {
                    at[i]++;
                }
                if (at[i] == _startCounts[i])
                {
                    return frequency; // a word has no later start: no later phrase
                }
                everyWord = starts[at[i]] == start;
            }
            frequency += everyWord ? 1 : 0;
        }
        return frequency;
    }
}
