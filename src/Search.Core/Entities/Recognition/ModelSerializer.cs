using System.IO.Compression;

namespace Search.Core.Entities.Recognition;

/// <summary>
/// The model file: gzip'd binary holding lexicon, gazetteer and both taggers. Weights are stored per feature row
/// as a scale plus one signed byte per non-zero label, which keeps the file small at no measurable cost in F1.
/// </summary>
internal static class ModelSerializer
{
    private const string Magic = "NERMODEL";
    private const int Version = 1;
    private const int L = BilouLabels.Count;

    /// <summary>Writes <paramref name="model"/> to <paramref name="stream"/>.</summary>
    public static void Save(NerModel model, Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Version);
        LexiconSerializer.Write(writer, model.Lexicon);
        writer.Write(model.Gazetteer.Entries.Count);
        foreach (var (hash, kinds) in model.Gazetteer.Entries.OrderBy(e => e.Key))
        {
            writer.Write(hash);
            writer.Write(kinds);
        }

        WriteTagger(writer, model.FirstPass);
        writer.Write(model.SecondPass is not null);
        if (model.SecondPass is not null)
        {
            WriteTagger(writer, model.SecondPass);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var zip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a NER model file of a supported version");
        }

        var lexicon = LexiconSerializer.Read(reader);
        int entryCount = reader.ReadInt32();
        var entries = new Dictionary<ulong, byte>(entryCount);
        for (int i = 0; i < entryCount; i++)
        {
            ulong hash = reader.ReadUInt64();
            entries[hash] = reader.ReadByte();
        }

        var firstPass = ReadTagger(reader);
        var secondPass = reader.ReadBoolean() ? ReadTagger(reader) : null;
        return new NerModel(lexicon, new Gazetteer(entries), firstPass, secondPass);
    }

    // Column by column (hashes, then scales, then masks, then values) so gzip sees similar bytes together.
    private static void WriteTagger(BinaryWriter writer, LinearChainModel model)
    {
        foreach (float t in model.Transitions)
        {
            writer.Write(t);
        }

        int rows = model.Features.Length;
        writer.Write(rows);
        var scales = new float[rows];
        var masks = new int[rows];
        var values = new List<sbyte>();
        for (int r = 0; r < rows; r++)
        {
            var row = model.Weights.AsSpan(r * L, L);
            float scale = 0;
            foreach (float w in row)
            {
                scale = Math.Max(scale, Math.Abs(w));
            }

            scales[r] = scale;
            for (int y = 0; y < L && scale > 0; y++)
            {
                int q = (int)Math.Round(row[y] / scale * 127);
                if (q != 0)
                {
                    masks[r] |= 1 << y;
                    values.Add((sbyte)q);
                }
            }
        }

        foreach (ulong hash in model.Features)
        {
            writer.Write(hash);
        }

        foreach (float scale in scales)
        {
            writer.Write(scale);
        }

        foreach (int mask in masks)
        {
            writer.Write((ushort)mask);
            writer.Write((byte)(mask >> 16));
        }

        foreach (sbyte value in values)
        {
            writer.Write(value);
        }
    }

    private static LinearChainModel ReadTagger(BinaryReader reader)
    {
        var transitions = new float[ViterbiDecoder.TransitionSize];
        for (int t = 0; t < transitions.Length; t++)
        {
            transitions[t] = reader.ReadSingle();
        }

        int rows = reader.ReadInt32();
        var hashes = new ulong[rows];
        var scales = new float[rows];
        var masks = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            hashes[r] = reader.ReadUInt64();
        }

        for (int r = 0; r < rows; r++)
        {
            scales[r] = reader.ReadSingle();
        }

        for (int r = 0; r < rows; r++)
        {
            masks[r] = reader.ReadUInt16() | (reader.ReadByte() << 16);
        }

        var weights = new float[rows * L];
        for (int r = 0; r < rows; r++)
        {
            for (int y = 0; y < L; y++)
            {
                if ((masks[r] & (1 << y)) != 0)
                {
                    weights[(r * L) + y] = reader.ReadSByte() * scales[r] / 127f;
                }
            }
        }

        return new LinearChainModel(hashes, weights, transitions);
    }
}
