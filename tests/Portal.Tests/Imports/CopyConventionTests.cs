using Portal.Web.Imports;

namespace Portal.Tests.Imports;

/// <summary>Conventions of real copy the importer reads: mixed quotation marks, signed pull quotes, names that look like titles.</summary>
public sealed class CopyConventionTests
{
    private static WireDraft Parse(string text) => WireParser.Parse(text, "Test story", []);

    private static string? SpeakerOf(WireDraft draft, int quote) =>
        draft.Quotes[quote].Speaker is { } s ? draft.People[s].Name : null;

    [Theory]
    [InlineData("\"The pier is too short,” said harbour master Ines Okafor.")]
    [InlineData("“The pier is too short,\" said harbour master Ines Okafor.")]
    public void A_quotation_closed_with_the_other_kind_of_mark_ends_there_and_keeps_its_attribution(string paragraph)
    {
        var draft = Parse(paragraph);

        var quote = Assert.Single(draft.Quotes);
        Assert.Equal("The pier is too short,", quote.Text);
        Assert.Equal("Ines Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_quotation_that_runs_on_to_the_end_of_its_paragraph_is_not_cut_at_a_mark_of_the_other_kind()
    {
        var draft = Parse("The board said it would review the plan to \"bring it in line with the port’s needs.”");

        Assert.Equal("bring it in line with the port’s needs.”", Assert.Single(draft.Quotes).Text);
    }

    [Theory]
    [InlineData("Ellen Lord")]
    [InlineData("Aaron Bishop")]
    public void A_titles_word_after_a_given_name_is_a_surname(string name)
    {
        var draft = Parse($"\"We will move faster,\" said {name}, the agency's executive director.");

        Assert.Equal(name, SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_quotation_signed_with_a_dash_is_the_signers()
    {
        var draft = Parse("""
            The contest drew 200 entrants from 30 countries.

            “It was an honour to take part.” — Tomas Berg, security researcher, Oslo
            """);

        Assert.Equal("Tomas Berg", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_dash_inside_a_sentence_signs_nothing()
    {
        var draft = Parse("The firm called the deal “a fresh start” — Tomas Berg, its founder, was not available.");

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_given_name_alone_is_a_person_as_copy_names_children()
    {
        var draft = Parse("Twelve-year-old Amelia, who was on the top deck, said \"everyone started screaming\".");

        Assert.Equal("Amelia", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_ministry_of_foreign_affairs_is_not_a_person()
    {
        var draft = Parse("""
            Minister of Foreign Affairs Ana Ruiz met her counterparts in Cairo.

            The next day, the Turkish Ministry of Foreign Affairs denounced the talks, calling them "void".
            """);

        Assert.Null(SpeakerOf(draft, 0));
    }
}
