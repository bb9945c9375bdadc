using Search.Server.Internal;

namespace Search.Server.Tests.Internal;

/// <summary>Pages reach exactly <see cref="PageTokens.MaxDepth"/> hits deep, no further.</summary>
public sealed class PageTokensTests
{
    private const string Request = "query\u001fkorea";

    [Fact]
    public void The_last_page_stops_at_the_deepest_hit_and_has_no_next_token()
    {
        var token = PageTokens.Next(9_800, 100, total: 50_000, Request);
        Assert.NotEqual("", token);

        var (offset, limit) = RequestFields.Page(100, token, Request);
        Assert.Equal((9_900, 100), (offset, limit));
        Assert.Equal("", PageTokens.Next(offset, limit, total: 50_000, Request));

        var (shortOffset, shortLimit) = RequestFields.Page(100, PageTokens.Create(9_950, Request), Request);
        Assert.Equal((9_950, 50), (shortOffset, shortLimit));
    }

    [Fact]
    public void A_token_at_or_past_the_depth_is_not_ours()
    {
        Assert.False(PageTokens.TryRead(PageTokens.Create(PageTokens.MaxDepth, Request), Request, out _));
        Assert.True(PageTokens.TryRead(PageTokens.Create(PageTokens.MaxDepth - 1, Request), Request, out var offset));
        Assert.Equal(PageTokens.MaxDepth - 1, offset);
    }

    [Fact]
    public void A_token_is_bound_to_its_request()
    {
        Assert.False(PageTokens.TryRead(PageTokens.Create(10, Request), "query\u001fnorth", out _));
    }
}
