namespace Search.Core.Articles;

/// <summary>
/// Turns the lines of an article into structured paragraphs: drops page boilerplate, takes the first
/// real line as the headline, merges an `Image:` alt text with the caption that follows it, and splits
/// photo credits off captions. Stateless and thread-safe.
/// </summary>
public static class ArticleParser
{
    private const string ImagePrefix = "Image:";

    // The BBC labels a photo's credit and caption on lines of their own: `Image source, Getty Images`,
    // `Image caption, Firefighters rescued...`.
    private const string ImageSourcePrefix = "Image source, ";
    private const string ImageCaptionPrefix = "Image caption, ";

    // A line this short just before a photo's credit on a line of its own is that photo's caption.
    private const int MaxCaptionBeforeCredit = 250;

    /// <summary>The lines of a text, parted at Unix, Windows and old Mac line ends and at Unicode's line and paragraph separators.</summary>
    public static string[] Lines(string text) => text.Split(LineBreaks, StringSplitOptions.None);

    private static readonly string[] LineBreaks = ["\r\n", "\n", "\r", "\u2028", "\u2029"];

    /// <summary>Parses a whole article whose first real line is its headline.</summary>
    public static Article Parse(string id, IEnumerable<string> lines)
    {
        var content = CleanLines(lines, out var chromeAbove);
        if (content.Count == 0)
        {
            throw new ArticleFormatException("has no headline or text");
        }
        var first = LabelsAboveHeadline(content, chromeAbove);
        return Build(id, content[first], content.Skip(first + 1).ToList());
    }

    // How many lines above the headline are the site's labels: up to three short ones (`Technology`, `BUSINESS`
    // then `RETAIL`, `UK economy`, `JAPAN / POLITICS`, `USA TODAY`) before a line shaped like a headline; or known
    // section names (`World`, `Asia Pacific`) on a page whose chrome came first (`Skip to main content`).
    // `Bonds` before `Yields fell on Monday.` is a headline and its text.
    private static int LabelsAboveHeadline(List<string> content, bool chromeAbove)
    {
        var first = 0;
        while (first < content.Count - 1 && first < MaxLabelsAbove && IsLabelShaped(content[first]))
        {
            first++;
        }
        // With text below the headline: a one-word headline over one line of text is left as written.
        if (first > 0 && first + 1 < content.Count && IsHeadlineShaped(content[first]))
        {
            return first;
        }
        first = 0;
        while (chromeAbove && first < content.Count - 1 && Boilerplate.IsSectionLabel(content[first]))
        {
            first++;
        }
        return first;
    }

    private const int MaxLabelsAbove = 3;

    private static bool ReadsAsCaption(string text) =>
        text.IndexOfAny(['"', '“', '”']) < 0 && !text.Contains(" said", StringComparison.Ordinal) && !text.Contains(" says", StringComparison.Ordinal)
        && !text.Contains(" told ", StringComparison.Ordinal);

    // A lead paragraph ends as a sentence does, or quotes someone (`"He was a disaster," the president said.`).
    private const string SentenceEnds = ".!?\"”’'…)";
    private const string Quotes = "\"“‘'«";

    private static bool IsLabelShaped(string line) =>
        line.Length <= 30 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
        && !line.Any(char.IsDigit) && !line.Contains('<') && !".!?\"”’,;".Contains(line[^1]);

    // Five words or more in mixed case, no final stop, not opening with a word in capitals as a dateline does
    // (`KUALA LUMPUR, March 7 - Six months to December 31` after Reuters' `<CONSOLIDATED PLANTATIONS BHD>`), and
    // no photo or credit.
    private static bool IsHeadlineShaped(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opening = words[0].Where(char.IsLetter).ToArray();
        return words.Length >= 5 && line.Length <= 250 && !SentenceEnds.Contains(line[^1]) && !Quotes.Contains(line[0]) && line.Any(char.IsLower)
            && !(opening.Length >= 3 && opening.All(char.IsUpper))
            && !line.StartsWith(ImagePrefix, StringComparison.OrdinalIgnoreCase) && !Credits.IsCreditLine(line)
            && !Credits.TrySplitTrailingCredit(line, out _, out _);
    }

    /// <summary>Parses an article whose headline is given apart from its paragraphs.</summary>
    public static Article Parse(string id, string title, IEnumerable<string> paragraphs)
    {
        var cleanTitle = Normalize(title);
        if (cleanTitle.Length == 0)
        {
            throw new ArticleFormatException("has an empty title");
        }
        // A paragraph sent with line breaks inside is split at them, as the same text in a file would be.
        var lines = CleanLines(paragraphs.SelectMany(Lines), out _);
        // Feeds and scrapes often repeat the title as the first paragraph; indexed twice, every search
        // for its words would return the article's headline twice. Compared as words, since the copy may
        // differ in case, quotes or a final period.
        if (lines.Count > 0 && SameWords(lines[0], cleanTitle))
        {
            lines.RemoveAt(0);
        }
        return Build(id, cleanTitle, lines);
    }

    private static bool SameWords(string line, string title)
    {
        var words = Analysis.WordScanner.Terms(title);
        return words.Length > 0 && words.AsSpan().SequenceEqual(Analysis.WordScanner.Terms(line));
    }

    private static Article Build(string id, string headline, List<string> lines)
    {
        var paragraphs = new List<ArticleParagraph> { new(0, ParagraphKind.Headline, headline) };
        void Add(ParagraphKind kind, string text) => paragraphs.Add(new ArticleParagraph(paragraphs.Count, kind, text));

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith(ImagePrefix, StringComparison.OrdinalIgnoreCase))
            {
                var alt = line[ImagePrefix.Length..].Trim();
                // An alt text may carry its own credit (`Image: Smoke over Gaza City (AP Photo/Abdel Kareem Hana)`).
                string? credit = Credits.TrySplitTrailingCredit(alt, out var altCaption, out var altCredit) ? altCredit : null;
                alt = credit is null ? alt : altCaption;
                var caption = alt;
                if (i + 1 < lines.Count && TryReadCaptionOf(alt, lines[i + 1], out var captionText, out var captionCredit))
                {
                    caption = CaptionMerger.Merge(alt, captionText);
                    credit = string.IsNullOrEmpty(captionCredit) ? credit : captionCredit;
                    i++;
                }
                if (caption.Length > 0)
                {
                    Add(ParagraphKind.Caption, caption);
                }
                if (!string.IsNullOrEmpty(credit))
                {
                    Add(ParagraphKind.Credit, credit);
                }
            }
            else if (line.StartsWith(ImageSourcePrefix, StringComparison.Ordinal))
            {
                Add(ParagraphKind.Credit, line);
            }
            else if (line.StartsWith(ImageCaptionPrefix, StringComparison.Ordinal) && line.Length > ImageCaptionPrefix.Length)
            {
                Add(ParagraphKind.Caption, line[ImageCaptionPrefix.Length..].Trim());
            }
            else if (Credits.IsPhotoCreditLine(line))
            {
                // `Protesters outside parliament.` then `Photograph: Jane Doe/Reuters`: the line before is the caption,
                // when the credit names its photographer and the line reads as a caption (no quote, no `said`).
                var previous = paragraphs[^1];
                if (previous.Kind == ParagraphKind.Body && previous.Text.Length <= MaxCaptionBeforeCredit && ReadsAsCaption(previous.Text)
                    && (Credits.PhotoCreditNames(line).Any(name => name.IsPerson) || line.StartsWith("Credit", StringComparison.Ordinal)))
                {
                    paragraphs[^1] = previous with { Kind = ParagraphKind.Caption };
                }
                Add(ParagraphKind.Credit, line);
            }
            else if (Credits.IsWritersCreditLine(line))
            {
                Add(ParagraphKind.Credit, line);
            }
            else if (Credits.TrySplitTrailingCredit(line, out var captionPart, out var creditPart))
            {
                Add(ParagraphKind.Caption, captionPart);
                Add(ParagraphKind.Credit, creditPart);
            }
            else
            {
                Add(ParagraphKind.Body, line);
            }
        }
        return new Article(id, headline, paragraphs);
    }

    // The line after an alt text is its caption when it carries a photo credit or retells the alt text.
    private static bool TryReadCaptionOf(string alt, string next, out string caption, out string? credit)
    {
        if (next.StartsWith(ImagePrefix, StringComparison.OrdinalIgnoreCase))
        {
            caption = "";
            credit = null;
            return false;
        }
        if (Credits.TrySplitTrailingCredit(next, out caption, out var trailing))
        {
            credit = trailing;
            return true;
        }
        credit = null;
        if (Credits.IsCreditLine(next))
        {
            credit = next;
            caption = "";
            return true;
        }
        caption = next;
        return CaptionMerger.Overlaps(alt, next);
    }

    // The lines that are text, and whether page boilerplate came before the first of them. Under a label of
    // links (`Related`, `Recommended`), up to three lines shaped like headlines are those links.
    private static List<string> CleanLines(IEnumerable<string> lines, out bool boilerplateFirst)
    {
        var result = new List<string>();
        boilerplateFirst = false;
        var links = 0;
        foreach (var raw in lines)
        {
            var line = Boilerplate.WithoutLinkText(Normalize(raw));
            if (line.Length == 0)
            {
                continue;
            }
            if (Boilerplate.IsLinksLabel(line))
            {
                links = MaxLinksUnderLabel;
                boilerplateFirst |= result.Count == 0;
                continue;
            }
            if (links > 0 && result.Count > 0 && IsLinkedHeadline(line))
            {
                links--;
                continue;
            }
            links = 0;
            if (Boilerplate.IsBoilerplate(line))
            {
                boilerplateFirst |= result.Count == 0;
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    private const int MaxLinksUnderLabel = 3;

    // A linked headline: a line shaped like one, or a short one without a final stop (`Heat grips India`).
    private static bool IsLinkedHeadline(string line) =>
        IsHeadlineShaped(line) || (line.Length <= 120 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !".!?\"”".Contains(line[^1]) && line.Any(char.IsLower));

    // Trim leaves invisible format characters (a byte-order mark, zero-width spaces, a soft hyphen), which a
    // copied title or paragraph can start or end with, mixed with spaces.
    private static string Normalize(string line)
    {
        var text = line.AsSpan();
        var start = 0;
        while (start < text.Length && IsBlank(text[start]))
        {
            start++;
        }
        var end = text.Length;
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }
        return line[start..end].Replace('\t', ' ');
    }

    /// <summary>White space, or an invisible format character (a byte-order mark, a zero-width space, a soft hyphen).</summary>
    internal static bool IsBlank(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}

/// <summary>An article that cannot be indexed; the message says why.</summary>
public sealed class ArticleFormatException(string message) : Exception(message);
