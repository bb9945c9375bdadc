using Search.Server.Internal;

namespace Search.Server.Tests.Internal;

/// <summary>Search pages reach exactly <see cref="PageTokens.MaxSearchDepth"/> hits deep, no further; a token carries its index version.</summary>
public sealed class PageTokensTests
{
    private const string Request = "query\u001fkorea";
    private const int Depth = PageTokens.MaxSearchDepth;

    [Fact]
    public void The_last_page_stops_at_the_deepest_hit_and_has_no_next_token()
    {
        var token = PageTokens.Next(9_800, 100, total: 50_000, indexVersion: 7, Request, Depth);
        Assert.NotEqual("", token);

        var (position, limit) = RequestFields.Page(100, token, Request, Depth);
        Assert.Equal((new PagePosition(9_900, 7), 100), (position, limit));
        Assert.Equal("", PageTokens.Next(position.Offset, limit, total: 50_000, indexVersion: 7, Request, Depth));

        var (shortPosition, shortLimit) = RequestFields.Page(100, PageTokens.Create(new PagePosition(9_950, 7), Request), Request, Depth);
        Assert.Equal((9_950, 50), (shortPosition.Offset, shortLimit));
    }

    [Fact]
    public void A_token_at_or_past_the_depth_is_not_ours()
    {
        Assert.False(PageTokens.TryRead(PageTokens.Create(new PagePosition(Depth, 3), Request), Request, Depth, out _));
        Assert.True(PageTokens.TryRead(PageTokens.Create(new PagePosition(Depth - 1, 3), Request), Request, Depth, out var position));
        Assert.Equal(new PagePosition(Depth - 1, 3), position);
    }

    [Fact]
    public void Without_a_depth_pages_go_on_to_the_end()
    {
        var token = PageTokens.Next(10_200, 100, total: 10_375, indexVersion: 3, Request, int.MaxValue);
        Assert.True(PageTokens.TryRead(token, Request, int.MaxValue, out var position));
        Assert.Equal(new PagePosition(10_300, 3), position);
        Assert.Equal("", PageTokens.Next(10_300, 100, total: 10_375, indexVersion: 3, Request, int.MaxValue));
    }

    [Fact]
    public void A_token_is_bound_to_its_request()
    {
        Assert.False(PageTokens.TryRead(PageTokens.Create(new PagePosition(10, 3), Request), "query\u001fnorth", Depth, out _));
    }
}
