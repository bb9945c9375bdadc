using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>
/// The exact words of a paragraph with each entity mention's term stacked (position increment 0) on the
/// mention's first word. Stacked tokens do not count towards BM25's length norm (overlaps are discounted).
/// One instance serves paragraph after paragraph (<see cref="SetInput"/>): building a token stream adds
/// its attributes through Lucene's reflection-backed registry, 4 % of a bulk build's CPU when done per paragraph.
/// </summary>
internal sealed class AnnotatedTextStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private List<Word> _words = [];
    private IReadOnlyList<EntityMention> _mentions = [];
    private int _nextWord;
    private int _nextMention;
    private int _lastWordStart = -1;
    private int _lastWordEnd = -1;
    private int _finalOffset;
    private bool _pairPending;

    public AnnotatedTextStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The paragraph the next pass (from <see cref="Reset"/>) reads.</summary>
    public AnnotatedTextStream SetInput(List<Word> words, IReadOnlyList<EntityMention> mentions)
    {
        _words = words;
        _mentions = mentions;
        return this;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        // A common-word pair starting at the word just emitted goes on that word's position.
        if (_pairPending)
        {
            _pairPending = false;
            var first = _words[_nextWord - 1];
            var second = _words[_nextWord];
            _term.SetEmpty().Append(first.Term).Append(' ').Append(second.Term);
            _offset.SetOffset(first.Start, second.End);
            _increment.PositionIncrement = 0;
            return true;
        }
        // A mention whose first word has just been emitted goes on that word's position.
        if (_nextMention < _mentions.Count && _lastWordStart >= 0 && _mentions[_nextMention].Start < _lastWordEnd)
        {
            var mention = _mentions[_nextMention++];
            _term.SetEmpty().Append(EntityTerms.Of(new EntityId(mention.Type, mention.EntityKey)));
            _offset.SetOffset(mention.Start, mention.End);
            _increment.PositionIncrement = 0;
            return true;
        }
        if (_nextWord >= _words.Count)
        {
            return false;
        }
        var word = _words[_nextWord++];
        var (start, end) = (word.Start, word.End);
        // Mentions that start before this word and were never stacked (no word in them) are dropped.
        while (_nextMention < _mentions.Count && _mentions[_nextMention].End <= start)
        {
            _nextMention++;
        }
        _lastWordStart = start;
        _lastWordEnd = end;
        _term.SetEmpty().Append(word.Term);
        _offset.SetOffset(start, end);
        _finalOffset = end;
        _pairPending = _nextWord < _words.Count && (CommonWords.Contains(word.Term) || CommonWords.Contains(_words[_nextWord].Term));
        _increment.PositionIncrement = 1;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _nextWord = 0;
        _nextMention = 0;
        _pairPending = false;
        _lastWordStart = _lastWordEnd = -1;
        _finalOffset = 0;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }
}

/// <summary>Already-scanned words as a token stream (for filters such as stemming); reusable like <see cref="AnnotatedTextStream"/>.</summary>
internal sealed class WordListStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private List<Word> _words = [];
    private int _next;

    public WordListStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The words the next pass (from <see cref="Reset"/>) reads.</summary>
    public void SetInput(List<Word> words) => _words = words;

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Count)
        {
            return false;
        }
        var word = _words[_next++];
        _term.SetEmpty().Append(word.Term);
        _offset.SetOffset(word.Start, word.End);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}

/// <summary>A fixed list of whole-string tokens, one position each.</summary>
internal sealed class KeywordListStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IReadOnlyList<string> _keywords;
    private int _next;

    public KeywordListStream(IReadOnlyList<string> keywords)
    {
        _keywords = keywords;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _keywords.Count)
        {
            return false;
        }
        _term.SetEmpty().Append(_keywords[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
