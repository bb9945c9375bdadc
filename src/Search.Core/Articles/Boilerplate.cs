using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>Recognises the web-page chrome that scraped articles carry and that nobody searches for.</summary>
public static partial class Boilerplate
{
    /// <summary>True for a line that is page furniture rather than article text.</summary>
    public static bool IsBoilerplate(string line) => line.Length <= MaxLength && BoilerplatePattern().IsMatch(line);

    // The longest line any pattern can match is well under this; longer lines skip the regex.
    private const int MaxLength = 400;

    // Anchored, whole-line patterns only: a news sentence that merely mentions a browser is kept. Case is
    // ignored, since sites write the same furniture in any case (`Read More`, `ADVERTISEMENT`, `READ MORE:`).
    [GeneratedRegex(
        @"^(?:IE \d+ is not supported\b.*" +
        @"|For an optimal experience visit our site on another browser\.?" +
        @"|Skip to (?:main )?content|Advertisement(?: - Scroll to continue)?|Click here to .{0,80}" +
        @"|Share(?: this (?:article|story|page))?|Share (?:on|via) (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Email)|Email|Print" +
        @"|Sign up for (?:our|the) .{0,80}newsletter.{0,40}|Newsletter sign-?up|Subscribe (?:now|today).{0,60}" +
        // A link to another story, on the line of its label (`Read more: Tesla recalls...`).
        @"|Read more(?::.{0,200})?|Related(?: articles| coverage| stories| content| topics| news)?(?::.{0,200})?" +
        @"|(?:Copyright|©|\(c\)) ?(?:\d{4}|©).{0,300}|All rights reserved\..{0,200}" +
        // The footer of every reuters.com story.
        @"|Our Standards: The Thomson Reuters Trust Principles\.?" +
        @"|This site is protected by reCAPTCHA.*|Accept (?:all )?cookies.{0,40}|We use cookies.{0,200})\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplatePattern();
}
