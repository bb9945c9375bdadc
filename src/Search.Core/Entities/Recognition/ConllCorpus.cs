namespace Search.Core.Entities.Recognition;

/// <summary>One CoNLL sentence: its words and their NE tags (IOB1 as in the file, or empty when unlabelled).</summary>
internal sealed record ConllSentence(string[] Words, string[] Tags);

/// <summary>One CoNLL document, delimited by -DOCSTART- lines.</summary>
internal sealed record ConllDocument(List<ConllSentence> Sentences);

/// <summary>Reads CoNLL-2003 files (`word POS chunk NE` columns); only the word and the last column are used.</summary>
internal static class ConllCorpus
{
    /// <summary>Reads all documents of a CoNLL file.</summary>
    public static List<ConllDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads all documents from a CoNLL text stream.</summary>
    public static List<ConllDocument> Read(TextReader reader)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();

        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences));
                sentences = [];
            }
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                EndSentence();
                continue;
            }

            string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            words.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[^1] : "O");
        }

        EndDocument();
        return documents;
    }
}
