namespace Search.Core.Highlighting;

/// <summary>
/// Edit distance as Lucene's fuzzy query counts it, for marking its matches: an insertion, a deletion, a
/// change and a swap of two adjacent letters are one edit each (optimal string alignment), so `dollra~1`
/// marks the `dollar` it found. Exits early once no alignment can stay within the limit.
/// </summary>
internal static class EditDistance
{
    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> in at most <paramref name="max"/> edits.</summary>
    public static bool AtMost(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, current[j]);
            }
            // A cell is at most one more than the cell above it, so past the limit here means the previous row's
            // minimum was at least the limit; later cells build on these two rows, a swap at a cost of one.
            if (rowMin > max)
            {
                return false;
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length] <= max;
    }
}
