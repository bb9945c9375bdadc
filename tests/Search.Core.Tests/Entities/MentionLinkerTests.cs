using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class MentionLinkerTests
{
    private static string Link(MentionLinker linker, string text, EntityType type = EntityType.Person) =>
        linker.Link(text, new TaggedSpan(0, text.Length, type))!.EntityKey;

    [Fact]
    public void Later_short_mention_links_to_the_one_earlier_full_name()
    {
        var linker = new MentionLinker();
        Assert.Equal("donald trump", Link(linker, "Donald Trump"));
        Assert.Equal("kim jong un", Link(linker, "Kim Jong Un"));
        Assert.Equal("donald trump", Link(linker, "Trump"));
        Assert.Equal("kim jong un", Link(linker, "Kim's"));
    }

    [Fact]
    public void Ambiguous_short_mention_stays_its_own()
    {
        var linker = new MentionLinker();
        Link(linker, "Kim Jong Un");
        Link(linker, "Kim Yo Jong");
        Assert.Equal("kim", Link(linker, "Kim"));
    }

    [Fact]
    public void Short_mention_before_any_full_name_and_other_types_do_not_link()
    {
        var linker = new MentionLinker();
        Assert.Equal("trump", Link(linker, "Trump"));
        Link(linker, "Donald Trump");
        Assert.Equal("korea", Link(linker, "Korea", EntityType.Location));
        Assert.Equal("trump", Link(linker, "Trump", EntityType.Organization));
    }

    [Fact]
    public void Mention_of_only_punctuation_is_dropped()
    {
        Assert.Null(new MentionLinker().Link("—", new TaggedSpan(0, 1, EntityType.Misc)));
    }
}
