using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>Recognises the web-page chrome that scraped articles carry and that nobody searches for.</summary>
public static partial class Boilerplate
{
    /// <summary>True for a line that is page furniture rather than article text.</summary>
    public static bool IsBoilerplate(string line) => line.Length <= MaxLength && BoilerplatePattern().IsMatch(line);

    // The longest line any pattern can match is well under this; longer lines skip the regex.
    private const int MaxLength = 400;

    // Anchored, whole-line patterns only: a news sentence that merely mentions a browser is kept.
    [GeneratedRegex(
        @"^(?:IE \d+ is not supported\b.*" +
        @"|For an optimal experience visit our site on another browser\.?" +
        @"|(?:Skip to (?:main )?content|Advertisement|ADVERTISEMENT|Share this (?:article|story)|Click here to .{0,80}" +
        @"|Sign up for (?:our|the) .{0,80}newsletter.{0,40}|Subscribe (?:now|today).{0,60}|Read more:?|Related:?" +
        @"|This site is protected by reCAPTCHA.*|Accept (?:all )?cookies.{0,40}|We use cookies.{0,200})\s*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplatePattern();
}
