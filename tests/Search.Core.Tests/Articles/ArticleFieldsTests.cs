using Search.Core.Articles;
using Xunit;

namespace Search.Core.Tests.Articles;

public class ArticleFieldsTests
{
    [Theory]
    [InlineData("https://example.com/live-1", null)]
    [InlineData("http://example.com:8080/a?b=c#d", null)]
    [InlineData("http://192.0.2.1/", null)]
    [InlineData("http://[2001:db8::1]/", null)]
    [InlineData("https://bücher.example/", null)]
    [InlineData("http://example.com:99999/", "has port 99999; a port is 0 to 65535")]
    [InlineData("http://example.com/a b", "must not contain white space or control characters")]
    [InlineData("http://exam\u200Bple.com/", "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks; joiners only after the host)")]
    [InlineData("http://example.com/\u00ADx", "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks; joiners only after the host)")]
    [InlineData("javascript:alert(1)", "must be an http or https URL, not javascript:")]
    [InlineData("ftp://example.com/", "must be an http or https URL, not ftp:")]
    [InlineData("/news/live-9", "must be an absolute http or https URL")]
    [InlineData("http://-/", "has no usable host name ('-')")]
    [InlineData("https://sub.-example.com/", "has no usable host name ('sub.-example.com')")]
    [InlineData("http://_dmarc.example.com/", null)]
    [InlineData("http://a\u2488com/", "has no usable host name ('a\u2488com')")]
    [InlineData("http://a.com\u200C/", "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks; joiners only after the host)")]
    [InlineData("http://\u200C/", "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks; joiners only after the host)")]
    [InlineData("https://fa.wikipedia.org/wiki/\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", null)]
    [InlineData("http://example.com./", null)]
    [InlineData("http://a..b/", "must be an absolute http or https URL")]
    public void A_url_is_refused_with_what_is_wrong_with_it(string url, string? problem)
    {
        Assert.Equal(problem, ArticleFields.UrlProblem(url));
    }

    [Theory]
    [InlineData("live\u20281")]
    [InlineData("live\u20291")]
    public void A_new_article_id_has_no_line_separators(string id)
    {
        Assert.False(ArticleIds.IsValidNew(id, out var reason));
        Assert.Equal("must not contain line or paragraph separators (U+2028, U+2029)", reason);
    }
}
