namespace Search.Core.Entities.Recognition;

/// <summary>
/// The tagger's label set: O plus Begin/Inside/Last/Unit for each entity kind. BILOU beats IOB for a linear
/// tagger because the ends of names get their own weights.
/// </summary>
internal static class BilouLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 17;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Position of a token inside an entity.</summary>
    public enum Position { Begin = 0, Inside = 1, Last = 2, Unit = 3 }

    /// <summary>The label for a kind at a position.</summary>
    public static int Label(EntityKind kind, Position position) => 1 + ((int)kind * 4) + (int)position;

    /// <summary>The kind of a non-O label.</summary>
    public static EntityKind KindOf(int label) => (EntityKind)((label - 1) / 4);

    /// <summary>The position of a non-O label.</summary>
    public static Position PositionOf(int label) => (Position)((label - 1) % 4);

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 is the sentence start/end).</summary>
    public static bool IsAllowed(int previous, int next)
    {
        bool previousOpen = previous > 0 && PositionOf(previous) is Position.Begin or Position.Inside;
        bool nextContinues = next > 0 && PositionOf(next) is Position.Inside or Position.Last;
        if (previousOpen)
        {
            return nextContinues && KindOf(previous) == KindOf(next);
        }

        return !nextContinues;
    }

    /// <summary>Encodes spans as BILOU labels over <paramref name="length"/> tokens.</summary>
    public static int[] Encode(IEnumerable<EntitySpan> spans, int length)
    {
        var labels = new int[length];
        foreach (var span in spans)
        {
            if (span.End - span.Start == 1)
            {
                labels[span.Start] = Label(span.Kind, Position.Unit);
                continue;
            }

            labels[span.Start] = Label(span.Kind, Position.Begin);
            for (int i = span.Start + 1; i < span.End - 1; i++)
            {
                labels[i] = Label(span.Kind, Position.Inside);
            }

            labels[span.End - 1] = Label(span.Kind, Position.Last);
        }

        return labels;
    }

    /// <summary>Decodes a valid BILOU label sequence into spans.</summary>
    public static List<EntitySpan> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside)
            {
                start = -1;
                continue;
            }

            switch (PositionOf(label))
            {
                case Position.Unit:
                    spans.Add(new EntitySpan(i, i + 1, KindOf(label)));
                    start = -1;
                    break;
                case Position.Begin:
                    start = i;
                    break;
                case Position.Last when start >= 0:
                    spans.Add(new EntitySpan(start, i + 1, KindOf(label)));
                    start = -1;
                    break;
            }
        }

        return spans;
    }
}
