using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class EntityNamesTests
{
    [Theory]
    [InlineData("Kim Jong Un", "kim jong un")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("KIM JONG UN", "kim jong un")]
    [InlineData("Chairman Kim Jong Un", "kim jong un")]
    [InlineData("leader Kim Jong Un", "kim jong un")]
    [InlineData("President Moon Jae-in", "moon jae in")]
    [InlineData("Unification Minister Kim Yeon-chul", "kim yeon chul")]
    [InlineData("Kim's", "kim")]
    [InlineData("Kim’s", "kim")]
    [InlineData("José Martí", "jose marti")]
    [InlineData("President", "president")]
    public void Person_names_fold_case_hyphens_diacritics_possessives_and_titles(string name, string key)
    {
        Assert.Equal(key, EntityNames.Key(name, EntityType.Person));
    }

    [Theory]
    [InlineData("North Korea’s", "north korea")]
    [InlineData("Unification Ministry", "unification ministry")]
    [InlineData("President's Office", "president s office")]
    public void Other_names_keep_leading_words_but_lose_possessives(string name, string key)
    {
        Assert.Equal(key, EntityNames.Key(name, EntityType.Organization));
    }

    [Fact]
    public void Form_is_the_name_as_written_without_title_or_possessive()
    {
        Assert.Equal("Kim Jong-un", EntityNames.Form("Chairman Kim Jong-un's", EntityType.Person));
        Assert.Equal("North Korea", EntityNames.Form("North Korea’s", EntityType.Location));
    }
}
