using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class MentionCodecTests
{
    [Fact]
    public void Decode_returns_what_Encode_stored_including_forms_with_commas()
    {
        List<EntityMention> mentions =
        [
            new(0, 9, EntityType.Person, "kim jong un", "Kim Jong Un"),
            new(14, 40, EntityType.Organization, "smith barney harris upham", "Smith, Barney, Harris Upham"),
            new(45, 51, EntityType.Location, "zurich", "Zürich"),
            new(60, 66, EntityType.Misc, "korean", "Korean"),
        ];

        Assert.Equal(mentions, MentionCodec.Decode(MentionCodec.Encode(mentions)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Nothing_stored_decodes_to_no_mentions(string? encoded)
    {
        Assert.Empty(MentionCodec.Decode(encoded));
    }

    [Fact]
    public void An_empty_form_is_kept_as_empty()
    {
        Assert.Equal([new EntityMention(3, 7, EntityType.Misc, "euro", "")], MentionCodec.Decode("3,7,MISC,euro,\n"));
    }

    [Theory]
    [InlineData("3,7,MISC\n", "a stored mention has too few fields")]
    [InlineData("3,7,XYZ,euro,Euro\n", "unknown entity type code 'XYZ'")]
    public void A_damaged_line_is_a_format_error_that_says_what_is_wrong(string encoded, string message)
    {
        var error = Assert.Throws<FormatException>(() => MentionCodec.Decode(encoded));
        Assert.Equal(message, error.Message);
    }
}
