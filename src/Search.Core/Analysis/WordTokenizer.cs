using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Lucene tokenizer for <see cref="WordScanner"/> words, emitted already folded (lower case, no diacritics).
/// Not thread-safe, like every Lucene tokenizer; analyzers reuse one per thread.
/// </summary>
public sealed class WordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _text = new char[1024];
    private int _length;
    private int _cursor;
    private int _finalOffset;

    public WordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text.AsSpan(0, _length);
        if (!WordScanner.TryNext(text, _cursor, out var start, out var end))
        {
            _cursor = _length;
            return false;
        }
        _cursor = end;
        var word = text[start..end];
        var buffer = _term.ResizeBuffer(word.Length);
        word.CopyTo(buffer);
        if (WordScanner.FoldAsciiInPlace(buffer.AsSpan(0, word.Length)) >= 0)
        {
            _term.Length = word.Length;
        }
        else
        {
            _term.SetEmpty().Append(WordScanner.FoldUnicode(word));
        }
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _cursor = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }
        _finalOffset = CorrectOffset(_length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }
}
