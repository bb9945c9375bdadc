using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>What a hit shows, read without the stored-fields codec.</summary>
internal readonly record struct HitRecord(string Title, string Text, string EncodedMentions);

/// <summary>
/// Everything a search hit shows (headline, text, mentions) in one binary doc value per paragraph.
/// Stored fields are LZ4-compressed in 16 KB chunks, so loading one paragraph costs about 65 µs of
/// decompression; a doc value is a plain memory-mapped read. Values over Lucene's 32 KB doc-value
/// limit are left empty and the hit falls back to the stored fields. Thread-safe.
/// </summary>
internal static class HitRecords
{
    /// <summary>Largest value Lucene 4.8 accepts in a binary doc value.</summary>
    private const int MaxBytes = 32_766;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The record as a doc value, or null when it is over the limit (then the paragraph stores its text instead).</summary>
    public static BinaryDocValuesField? TryField(string title, string text, string encodedMentions)
    {
        var titleLength = Utf8.GetByteCount(title);
        var textLength = Utf8.GetByteCount(text);
        var length = 10 + titleLength + textLength + Utf8.GetByteCount(encodedMentions);
        if (length > MaxBytes)
        {
            return null;
        }
        var buffer = new byte[length];
        var position = WriteLength(buffer, 0, titleLength);
        position += Utf8.GetBytes(title, buffer.AsSpan(position));
        position = WriteLength(buffer, position, textLength);
        position += Utf8.GetBytes(text, buffer.AsSpan(position));
        position += Utf8.GetBytes(encodedMentions, buffer.AsSpan(position));
        return new BinaryDocValuesField(FieldNames.HitRecord, new BytesRef(buffer, 0, position));
    }

    /// <summary>The article id of a top-level doc id, from its sorted doc value (no stored-field decompression).</summary>
    public static string ArticleId(IndexSearcher searcher, int doc)
    {
        var leaf = DocLeaf.Of(searcher, doc);
        var bytes = new BytesRef();
        leaf.Reader.GetSortedDocValues(FieldNames.ArticleId).Get(leaf.Doc, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The record of a top-level doc id, or null when it must be read from stored fields.</summary>
    public static HitRecord? Read(IndexSearcher searcher, int doc)
    {
        var span = Bytes(searcher, doc);
        if (span.IsEmpty)
        {
            return null;
        }
        var position = ReadLength(span, 0, out var titleLength);
        var title = Utf8.GetString(span.Slice(position, titleLength));
        position += titleLength;
        position = ReadLength(span, position, out var textLength);
        var text = Utf8.GetString(span.Slice(position, textLength));
        position += textLength;
        return new HitRecord(title, text, Utf8.GetString(span[position..]));
    }

    /// <summary>Only the encoded mentions of a top-level doc id's record (title and text skipped, not decoded), or null as <see cref="Read"/>.</summary>
    public static string? ReadMentions(IndexSearcher searcher, int doc)
    {
        var span = Bytes(searcher, doc);
        if (span.IsEmpty)
        {
            return null;
        }
        var position = ReadLength(span, 0, out var titleLength);
        position = ReadLength(span, position + titleLength, out var textLength);
        return Utf8.GetString(span[(position + textLength)..]);
    }

    // The record's bytes; empty when the segment has no records or this paragraph's was over the limit.
    private static ReadOnlySpan<byte> Bytes(IndexSearcher searcher, int doc)
    {
        var leaf = DocLeaf.Of(searcher, doc);
        var values = leaf.Reader.GetBinaryDocValues(FieldNames.HitRecord);
        if (values is null)
        {
            return [];
        }
        var bytes = new BytesRef();
        values.Get(leaf.Doc, bytes);
        return bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
    }

    private static int WriteLength(byte[] buffer, int position, int value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[position++] = (byte)value;
        return position;
    }

    private static int ReadLength(ReadOnlySpan<byte> span, int position, out int value)
    {
        value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return position;
            }
        }
    }
}
