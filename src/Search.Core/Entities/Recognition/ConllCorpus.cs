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

        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
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

            var tag = columns.Length > 1 ? columns[^1] : "O";
            if (!IsTag(tag))
            {
                // Scoring a file that is not CoNLL would print zeros that look like a result.
                throw new InvalidDataException($"line {lineNumber}: '{tag}' is not a CoNLL entity tag (O, B-PER, I-ORG...); is this a CoNLL file (word ... tag per line)?");
            }
            words.Add(columns[0]);
            tags.Add(tag);
        }

        EndDocument();
        return documents;
    }

    private static bool IsTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U' && tag.Skip(2).All(c => char.IsAsciiLetter(c) || c is '-' or '_'));
}
