using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>Recognises the web-page chrome that scraped articles carry and that nobody searches for.</summary>
public static partial class Boilerplate
{
    /// <summary>True for a line that is page furniture rather than article text.</summary>
    public static bool IsBoilerplate(string line) =>
        line.Length <= MaxLength
        && (IsFurniture(line)
            || (FirstWords.Contains(FirstWord(line)) && (BoilerplatePattern().IsMatch(line) || LinkOrRightsPattern().IsMatch(line))
                // `© Jonathan Brady/PA` is a photo's credit, not the site's copyright.
                && !(line.StartsWith('©') && Credits.IsPhotoCreditLine(line))));

    // Every pattern starts with one of these words: most lines of text are passed over by a look-up
    // before any pattern runs (a build reads every line of every article).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "IE", "For", "Skip", "Advertisement", "Click", "Share", "Email", "Print", "Sign", "Newsletter", "Subscribe", "Read", "Related",
        "Also", "More", "Go",
        "All", "Our", "This", "Accept", "We", "©", "Copyright", "(c)", "By", "Follow", "Contact", "Get",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> FirstWord(string line)
    {
        var end = line.AsSpan().IndexOfAny(' ', ':', '\u00A0');
        var word = end < 0 ? line.AsSpan() : line.AsSpan(0, end);
        // `©2026`, `Newsletter sign-up`: the word before a digit or a hyphen.
        var cut = word.IndexOfAny("0123456789-");
        return cut > 0 ? word[..cut] : word;
    }

    // The longest line any pattern can match is well under this; longer lines skip the regex.
    private const int MaxLength = 400;

    // Anchored, whole-line patterns only: a news sentence that merely mentions a browser is kept. Case is
    // ignored, since sites write the same furniture in any case (`Read More`, `ADVERTISEMENT`, `READ MORE:`).
    [GeneratedRegex(
        @"^(?:IE \d+ is not supported\b.*" +
        @"|For an optimal experience visit our site on another browser\.?" +
        @"|Skip to (?:main )?content|Advertisement(?: - Scroll to continue)?|Click here to [^,.;:]{0,60}\.?" +
        @"|Share(?: this (?:article|story|page))?|Share (?:on|via) (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Email)|Email|Print" +
        @"|Sign up for (?:our|the) [^,;]{0,80}newsletter[^,;]{0,40}|Newsletter sign-?up|Subscribe (?:now|today)(?: (?:for|to) [^,;:]{0,60})?\.?" +
        @"|Read more:?|Related(?: articles| coverage| stories| content| topics| news)?:?" +
        @"|All rights reserved\.?(?: This material may not be (?:published|reproduced).{0,120})?" +
        // The footer of every reuters.com story.
        @"|Our Standards: The Thomson Reuters Trust Principles\.?" +
        @"|This site is protected by reCAPTCHA(?: and the Google [^,;]{0,100})?\.?|Accept (?:all )?cookies\.?" +
        @"|We use cookies(?: (?:to|and|on|for) [^,;]{0,150}(?:\. By [^;]{0,150})?)?\.?" +
        // Sign-up forms, follow and contact lines.
        @"|By (?:signing up|subscribing|clicking|registering|continuing|submitting)\b[^;]{0,200}\byou\b[^;]{0,100}\b(?:agree|accept|consent)[^;]{0,200}" +
        @"|Follow [^.]{0,150} at https?://\S+\.?|Contact (?:the )?(?:reporter|writer|author|editor)s? (?:at|on|via) .{0,150}" +
        @"|Get (?:the latest|our|breaking|the best) [^.]{0,120}\b(?:inbox|newsletter|e-?mail)\b.{0,100})\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplatePattern();

    // Case matters here. A link to another story on the line of its label starts with a capital, as a headline
    // does (`Read more: Tesla recalls...`; not `Related: the company said...`). A copyright line is `©` and
    // a year, or `Copyright` or `(c)` and a year followed by a name in mixed case and perhaps the rights
    // (`Copyright 2026 Reuters`, `(c) 2026 Reuters Limited. All rights reserved.`); not `Copyright 1976 law
    // changes took effect...`, `COPYRIGHT 1987 RULING UPHELD BY COURT` or a footnote (`(c) 1986 net includes...`).
    [GeneratedRegex(
        @"^(?:(?:Read more|READ MORE|Read More|Related(?: [Aa]rticles| [Cc]overage| [Ss]tories| [Nn]ews)?|RELATED): \p{Lu}.{0,200}" +
        // Other sites' links to a story: `Also read | Heatwave grips...`, `More: Airlines are...`, `Go deeper: ...`.
        @"|(?:Also read|ALSO READ|More|MORE|Go deeper|Read next|Read|Read also|READ ALSO) ?[:|] [\p{Lu}'‘""“].{0,200}" +
        @"|© ?(?:\d{4}(?:[-–]\d{4})? )?.{0,300}" +
        // `(c)` without `Copyright` also marks footnotes and list items (`(c) 2024 Annual Report`): with an agency
        // or a company's name only.
        @"|\([cC]\) ?\d{4},? (?:The )?(?:Reuters|REUTERS|AP|AFP|Associated Press|Bloomberg|\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3} (?:Ltd|Limited|Inc|Corp|LLC|GmbH|plc|PLC|AG|SA))\.?(?: All rights reserved\..{0,200})?" +
        @"|Copyright (?:(?:©|\([cC]\)) ?)?\d{4}(?:[-–]\d{4})?,? (?:\p{Lu}[\p{Ll}\p{Lu}&.'’-]*\p{Ll}[\p{L}&.'’-]*|\p{Lu}{2,4}\b|Inc\.?|and|&|,| )+\.?(?: All rights reserved\..{0,200})?(?: \| .{0,300})?)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LinkOrRightsPattern();
}
