using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class ArticleEntityAnnotatorTests
{
    [Fact]
    public void An_agency_sign_off_is_not_an_entity_but_names_in_the_text_are()
    {
        var article = ArticleParser.Parse("r1", ["Reagan meets Nakasone", "President Reagan met Yasuhiro Nakasone in Washington.", "REUTER"]);
        Assert.Equal(ParagraphKind.Credit, article.Paragraphs[2].Kind);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Empty(mentions[2]);
        Assert.Equal(
            [("Reagan", EntityType.Person), ("Yasuhiro Nakasone", EntityType.Person), ("Washington", EntityType.Location)],
            mentions[1].Select(m => (article.Paragraphs[1].Text[m.Start..m.End], m.Type)));
    }
}
