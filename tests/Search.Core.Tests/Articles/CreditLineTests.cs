using Search.Core.Articles;

namespace Search.Core.Tests.Articles;

/// <summary>Credit forms that scraped agency copy carries, and news sentences shaped like them.</summary>
public class CreditLineTests
{
    private static (ParagraphKind Kind, string Text)[] Parsed(params string[] lines) =>
        ArticleParser.Parse("a", ["Headline", .. lines]).Paragraphs.Skip(1).Select(p => (p.Kind, p.Text)).ToArray();

    [Theory]
    [InlineData("(AP Photo/Ahn Young-joon)")]
    [InlineData("(Photo by Patrick T. Fallon / AFP via Getty Images)")]
    [InlineData("Ahn\u00A0Young-joon\u00A0/\u00A0AP")]
    [InlineData("Photo:\u00A0John Smith/AP")]
    [InlineData("Reporting by Jane Doe; Editing by J. Smith")]
    [InlineData("Reporting by Jane Doe; Editing by Kenneth Maxwell and J.R. Smith")]
    [InlineData("Reporting by Jane Doe in Washington, D.C.; Editing by Will Dunham")]
    [InlineData("By Hyonhee Shin, Reuters")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("By JANE DOE Associated Press")]
    [InlineData("Stella Kim in Seoul contributed.")]
    [InlineData("Associated Press writer Jane Doe contributed.")]
    [InlineData("Reuters contributed reporting.")]
    [InlineData("(AP Photo/Lee Jin-man, Pool)")]
    [InlineData("Jane Doe / Kyodo News")]
    [InlineData("Photo: J.Smith / Reuters")]
    [InlineData("Reporting by Jane Doe, additional reporting by John Roe in Tokyo; Editing by Will Dunham")]
    [InlineData("Reporting by Kenji Watanabe in San Francisco and Rhea Thomas in Bengaluru; Editing by Shinjini Ganguli")]
    [InlineData("[Eyad Baba/AFP]")]
    [InlineData("Credit...Tomás Munita for The New York Times")]
    [InlineData("Credit: Jane Doe/Reuters")]
    [InlineData("Image source, Getty Images")]
    [InlineData("Associated Press")]
    [InlineData("The Associated Press")]
    [InlineData("Staff Writer")]
    [InlineData("Helena Marsh Environment correspondent")]
    [InlineData("Reporting from San Pedro de Atacama, Chile")]
    [InlineData("Source: Al Jazeera and news agencies")]
    [InlineData("Source: Reuters")]
    [InlineData("SOURCE Helix Robotics, Inc.")]
    [InlineData("© Jonathan Brady/PA")]
    [InlineData("© Ludovic Marin, AFP")]
    [InlineData("Pic: PA")]
    [InlineData("by Nolan Achebe")]
    [InlineData("By: Jane Doe")]
    [InlineData("By Darryl Coote | Nov. 3, 2025 / 9:18 PM")]
    [InlineData("— With assistance from Dana Kowalski")]
    [InlineData("Write to Rachel Ostrowski at rachel.ostrowski@wsj.com")]
    [InlineData("Information from The Associated Press was used in this report.")]
    [InlineData("(With inputs from agencies)")]
    [InlineData("Edited by: Rob Mudgett")]
    [InlineData("(AFP)")]
    [InlineData("Kyodo")]
    [InlineData("Image Credits: Lumenfold")]
    [InlineData("Nathan Liu/The Globe and Mail")]
    [InlineData("Photo Credit: M. SRINATH")]
    [InlineData("Listing image: NASA")]
    public void A_credit_line_is_a_credit(string line) => Assert.Equal([(ParagraphKind.Credit, line)], Parsed(line));

    [Theory]
    [InlineData("Higher energy costs and a weaker yen also contributed.")]
    [InlineData("Both Japan and China contributed.")]
    [InlineData("Exports from Japan contributed.")]
    [InlineData("Editing by Jane Doe. Markets fell.")]
    [InlineData("By Tuesday, the company had sold all of it.")]
    [InlineData("(AP Photo/Ahn Young-joon")]
    [InlineData("By Region")]
    [InlineData("By The Numbers")]
    [InlineData("By Friday.")]
    [InlineData("By Midday in London")]
    [InlineData("By Then, Sales Had Doubled.")]
    [InlineData("By Tuesday, OPEC And Saudi Arabia Agreed.")]
    [InlineData("Writing by Jane Doe in Washington, D.C. The bill passed 52 to 48.")]
    [InlineData("Compiled by U.S. Agriculture Department analysts from state data.")]
    [InlineData("Editing by the S.E.C. staff delayed the filing.")]
    [InlineData("Writing by hand is no longer common, the company said.")]
    [InlineData("The share price rose (AP/Dow Jones)")]
    [InlineData("Trade talks resumed (Reuters/Dow Jones)")]
    [InlineData("By Popular Demand in Ohio")]
    [InlineData("By Land And Sea")]
    [InlineData("By Order Of The Court")]
    [InlineData("Saudi Arabia and Kuwait contributed.")]
    [InlineData("EPA/Clean Water Act")]
    [InlineData("College Football / AP Poll")]
    [InlineData("Dow Jones / AP Analysis")]
    [InlineData("Source: company reports")]
    [InlineData("Reporting from the front lines is dangerous. Two were hurt.")]
    [InlineData("The editor")]
    [InlineData("Letters to the Editor")]
    [InlineData("Letters To The Editor")]
    [InlineData("Jane Smith Named Executive Editor")]
    [InlineData("Reporting from Gaza has become nearly impossible for foreign journalists, the group said.")]
    [InlineData("Labour's lead narrowed to four points in the latest poll (YouGov/The Times)")]
    [InlineData("Support rose, a new poll found (Ipsos/Reuters)")]
    [InlineData("The two sides will meet again next month, the ministry said. (Yonhap)")]
    [InlineData("by the end of the year, prices rose.")]
    [InlineData("Write to your lawmaker today, the group urged.")]
    [InlineData("The company said sales rose 3 pct in the quarter, its best showing since 1985, and that it expected more gains in the year ahead as demand for its chips grew in Asia and Europe and prices held firm despite new rivals from Korea, Taiwan and the United States, the chief financial officer told analysts. (Reuters)")]
    public void A_news_sentence_shaped_like_a_credit_is_body_text(string line) => Assert.Equal([(ParagraphKind.Body, line)], Parsed(line));

    [Theory]
    [InlineData("A soldier stands guard in Seoul. (AP Photo/Ahn Young-joon)", "A soldier stands guard in Seoul.", "(AP Photo/Ahn Young-joon)")]
    [InlineData("Tesla's Cybercab on show (Photo by Patrick T. Fallon / AFP via Getty Images)", "Tesla's Cybercab on show", "(Photo by Patrick T. Fallon / AFP via Getty Images)")]
    [InlineData("Smoke rises over the southern Gaza Strip [Mohammed Salem/Reuters]", "Smoke rises over the southern Gaza Strip", "[Mohammed Salem/Reuters]")]
    [InlineData("Miners at work in the Atacama desert.Credit...Tomás Munita for The New York Times", "Miners at work in the Atacama desert.", "Credit...Tomás Munita for The New York Times")]
    [InlineData("A trader works in Tokyo, June 3, 2025. REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights, opens new tab", "A trader works in Tokyo, June 3, 2025.", "REUTERS/Kim Kyung-Hoon/File Photo")]
    [InlineData("Agents patrol Eagle Pass, Texas, on Jan. 8, 2025. (Brandon Bell/Getty Images)", "Agents patrol Eagle Pass, Texas, on Jan. 8, 2025.", "(Brandon Bell/Getty Images)")]
    [InlineData("Farmers protest in Bavaria. (Peter Kneffel/dpa via AP)", "Farmers protest in Bavaria.", "(Peter Kneffel/dpa via AP)")]
    [InlineData("Officials meet in Tokyo on Friday. | Kyodo", "Officials meet in Tokyo on Friday.", "Kyodo")]
    [InlineData("A store in Bloomington, Minn., last year. PHOTO: TIM GRUBER FOR THE WALL STREET JOURNAL", "A store in Bloomington, Minn., last year.", "PHOTO: TIM GRUBER FOR THE WALL STREET JOURNAL")]
    [InlineData("Farmers in Thanjavur on Sunday. | Photo Credit: M. SRINATH", "Farmers in Thanjavur on Sunday.", "Photo Credit: M. SRINATH")]
    [InlineData("Nurses on the picket line during the walkout in July (Jordan Pettitt/PA Wire)", "Nurses on the picket line during the walkout in July", "(Jordan Pettitt/PA Wire)")]
    [InlineData("Fire near Santa Paula on Saturday. (Irfan Dorsey / Los Angeles Times)", "Fire near Santa Paula on Saturday.", "(Irfan Dorsey / Los Angeles Times)")]
    public void A_credit_in_brackets_after_a_caption_is_split_off(string line, string caption, string credit) =>
        Assert.Equal([(ParagraphKind.Caption, caption), (ParagraphKind.Credit, credit)], Parsed(line));

    [Fact]
    public void A_short_line_before_a_photo_credit_of_its_own_is_its_caption() =>
        Assert.Equal(
            [
                (ParagraphKind.Body, "Talks resumed on Monday."), (ParagraphKind.Caption, "Protesters outside parliament in London."),
                (ParagraphKind.Credit, "Photograph: Jane Doe/Reuters"), (ParagraphKind.Body, "The vote is on Friday."),
                (ParagraphKind.Credit, "Reporting by Jane Doe; Editing by Will Dunham"),
            ],
            Parsed("Talks resumed on Monday.", "Protesters outside parliament in London.", "Photograph: Jane Doe/Reuters", "The vote is on Friday.",
                "Reporting by Jane Doe; Editing by Will Dunham"));

    [Fact]
    public void A_bylines_follow_button_is_no_part_of_it() =>
        Assert.Equal([(ParagraphKind.Credit, "By Rachel Ostrowski")], Parsed("By Rachel Ostrowski Follow"));

    [Fact]
    public void A_sentence_before_a_credit_without_a_photographer_stays_text() =>
        Assert.Equal(
            [(ParagraphKind.Body, "The minister said the plan would cut emissions by half."), (ParagraphKind.Credit, "Photo: AP"), (ParagraphKind.Body, "More text.")],
            Parsed("The minister said the plan would cut emissions by half.", "Photo: AP", "More text."));

    [Fact]
    public void The_bbc_labels_of_a_photo_make_a_credit_and_a_caption() =>
        Assert.Equal(
            [(ParagraphKind.Credit, "Image source, Getty Images"), (ParagraphKind.Caption, "Firefighters rescued two people from the river")],
            Parsed("Image source, Getty Images", "Image caption, Firefighters rescued two people from the river"));

    [Fact]
    public void A_caption_of_one_name_glued_to_its_credit_is_split_at_the_sentence_end() =>
        Assert.Equal([(ParagraphKind.Caption, "Kim Jong Un."), (ParagraphKind.Credit, "Ahn Young-joon / AP")], Parsed("Kim Jong Un.Ahn Young-joon / AP"));

    [Fact]
    public void An_alt_text_keeps_its_words_and_gives_up_its_credit() =>
        Assert.Equal(
            [(ParagraphKind.Caption, "Smoke rises over Gaza City"), (ParagraphKind.Credit, "(AP Photo/Abdel Kareem Hana)"), (ParagraphKind.Body, "Talks resumed on Monday.")],
            Parsed("Image: Smoke rises over Gaza City (AP Photo/Abdel Kareem Hana)", "Talks resumed on Monday."));

    [Theory]
    [InlineData("Ahn Young-joon / AP", "Ahn Young-joon", "AP")]
    [InlineData("REUTERS/Kim Hong-Ji", "Kim Hong-Ji", "REUTERS")]
    [InlineData("(AP Photo/Ahn Young-joon)", "Ahn Young-joon", "AP")]
    [InlineData("Nelson Almeida/AFP via Getty Images", "Nelson Almeida", "AFP", "Getty Images")]
    [InlineData("Photo: AP", null, "AP")]
    [InlineData("Handout / Reuters", null, "Reuters")]
    [InlineData("Stringer / Reuters", null, "Reuters")]
    [InlineData("Photo: J.Smith / Reuters", "J.Smith", "Reuters")]
    public void A_photo_credit_names_its_photographer_and_its_agencies(string line, string? photographer, params string[] agencies)
    {
        var names = Credits.PhotoCreditNames(line);
        Assert.Equal(
            (photographer is null ? [] : new[] { (photographer, true) }).Concat(agencies.Select(a => (a, false))).OrderBy(n => line.IndexOf(n.Item1, StringComparison.Ordinal)),
            names.Select(n => (line[n.Start..n.End], n.IsPerson)));
    }

    [Theory]
    [InlineData("Kyodo News / Reuters", "Kyodo News", "Reuters")]
    [InlineData("Yonhap News Agency / Reuters", "Yonhap News Agency", "Reuters")]
    [InlineData("Korea Summit Press Pool / Reuters", "Korea Summit Press Pool", "Reuters")]
    public void A_credited_organisation_is_no_photographer(string line, params string[] organisations) =>
        Assert.Equal(organisations.Select(o => (o, false)), Credits.PhotoCreditNames(line).Select(n => (line[n.Start..n.End], n.IsPerson)));

    [Fact]
    public void An_agency_and_a_source_leave_the_names_to_the_tagger() => Assert.Empty(Credits.PhotoCreditNames("AP/Dow Jones"));

    [Fact]
    public void A_line_that_is_no_photo_credit_names_no_one() =>
        Assert.Empty(Credits.PhotoCreditNames("Reuters contributed to this report."));
}
