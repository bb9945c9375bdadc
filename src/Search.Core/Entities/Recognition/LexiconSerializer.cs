namespace Search.Core.Entities.Recognition;

/// <summary>Binary form of a <see cref="WordLexicon"/>, used on its own as a cache and inside the model file.</summary>
internal static class LexiconSerializer
{
    /// <summary>Writes the lexicon.</summary>
    public static void Write(BinaryWriter writer, WordLexicon lexicon)
    {
        writer.Write(lexicon.Words.Length);
        foreach (string word in lexicon.Words)
        {
            writer.Write(word);
        }

        writer.Write(lexicon.LevelCount);
        for (int level = 0; level < lexicon.LevelCount; level++)
        {
            foreach (ushort cluster in lexicon.ClusterLevel(level))
            {
                writer.Write(cluster);
            }
        }

        writer.Write(lexicon.CaseCounts.Count);
        foreach (var (word, (lower, capitalized)) in lexicon.CaseCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write7BitEncodedInt(lower);
            writer.Write7BitEncodedInt(capitalized);
        }
    }

    /// <summary>Reads a lexicon written by <see cref="Write"/>.</summary>
    public static WordLexicon Read(BinaryReader reader)
    {
        var words = new string[reader.ReadInt32()];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = reader.ReadString();
        }

        var clusters = new ushort[reader.ReadInt32()][];
        for (int level = 0; level < clusters.Length; level++)
        {
            clusters[level] = new ushort[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                clusters[level][i] = reader.ReadUInt16();
            }
        }

        int caseCount = reader.ReadInt32();
        var cases = new Dictionary<string, (int Lower, int Capitalized)>(caseCount, StringComparer.Ordinal);
        for (int i = 0; i < caseCount; i++)
        {
            string word = reader.ReadString();
            int lower = reader.Read7BitEncodedInt();
            cases[word] = (lower, reader.Read7BitEncodedInt());
        }

        return new WordLexicon(words, clusters, cases);
    }

    /// <summary>Saves the lexicon to a gzip'd file.</summary>
    public static void Save(string path, WordLexicon lexicon)
    {
        using var file = File.Create(path);
        using var zip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Optimal);
        using var writer = new BinaryWriter(zip);
        Write(writer, lexicon);
    }

    /// <summary>Loads a lexicon saved by <see cref="Save"/>.</summary>
    public static WordLexicon Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        return Read(reader);
    }
}
