using Search.Core.Analysis;

namespace Search.Core.Articles;

/// <summary>Combines a photo's alt text and caption into one caption that keeps every word of both.</summary>
public static class CaptionMerger
{
    /// <summary>The longer of the two when it contains the other's words in order; otherwise both, joined.</summary>
    public static string Merge(string alt, string caption)
    {
        if (caption.Length == 0)
        {
            return alt;
        }
        if (alt.Length == 0)
        {
            return caption;
        }
        var altWords = WordScanner.Terms(alt);
        var captionWords = WordScanner.Terms(caption);
        if (WordScanner.ContainsRun(altWords, captionWords))
        {
            return alt;
        }
        if (WordScanner.ContainsRun(captionWords, altWords))
        {
            return caption;
        }
        return $"{caption} {alt}";
    }

    /// <summary>True when the two texts start alike, as a caption retelling its photo's alt text does.</summary>
    public static bool Overlaps(string alt, string caption)
    {
        var altWords = WordScanner.Terms(alt);
        var captionWords = WordScanner.Terms(caption);
        var prefix = Math.Min(4, Math.Min(altWords.Length, captionWords.Length));
        return prefix > 0 && altWords.AsSpan(0, prefix).SequenceEqual(captionWords.AsSpan(0, prefix));
    }
}
