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

    [Theory]
    [InlineData("Harbour Authority Chair Ines Okafor: \"The pier is too short.\"", "Ines Okafor")]
    [InlineData("Sen. Tomas Berg (D-OR): \"The pier is too short.\"", "Tomas Berg")]
    [InlineData("Governor Okafor: \"The pier is too short.\"", "Okafor")]
    public void A_name_and_a_colon_before_a_quotation_label_it_as_round_ups_do(string paragraph, string speaker)
    {
        var draft = Parse($"Reactions came quickly:\n\n{paragraph}");

        Assert.Equal(speaker, SpeakerOf(draft, 0));
    }

    [Theory]
    [InlineData("Harbour lawyers Ines Okafor and Tomas Berg: \"The pier is too short.\"")]
    [InlineData("The Okafor Family: \"The pier is too short.\"")]
    [InlineData("Ferry Workers Union: \"The pier is too short.\"")]
    public void A_label_with_two_names_or_none_gives_the_quotation_to_nobody(string paragraph)
    {
        var draft = Parse($"Ines Okafor, the harbour chair, spoke first.\n\n{paragraph}");

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void The_title_of_a_work_is_not_speech()
    {
        var draft = Parse("Ines Okafor said she loved the \"Harbour Lights\" series as a child.");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal(Portal.Data.Quotes.QuoteSourceKind.NotSpeech, draft.Quotes[0].SourceKind);
    }

    [Theory]
    [InlineData("\"The results are clear,\" said Ines Okafor M.D., who led the trial.")]
    [InlineData("\"The results are clear,\" trial leader Ines Okafor, Ph.D., of the University of Bergen, wrote in an e-mail.")]
    [InlineData("\"The results are clear,\" said one of the editorialists, Ines Okafor, of Bergen.")]
    public void A_degree_after_a_name_or_a_group_before_it_does_not_hide_the_speaker(string paragraph)
    {
        var draft = Parse(paragraph);

        Assert.Equal("Ines Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void Dotted_initials_run_together_are_part_of_the_name()
    {
        var draft = Parse("\"The rules are late,\" said J.B. Okafor, counsel at the Harbour Trust.");

        Assert.Equal("J.B. Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_bodys_name_ending_in_a_plural_such_as_centres_is_not_a_person()
    {
        var draft = Parse("""
            Ines Okafor, a member of the Advisory Group for the Review of Scottish Town Centres said:

            "The review is a start."
            """);

        Assert.NotEqual("Town Centres", SpeakerOf(draft, 0));
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Centres", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"The pier is late,\" said Harbour Users for a Better Port President and CEO Ines Okafor.", "Ines Okafor")]
    [InlineData("\"The pier is late,\" said President of the Bergen Ferry Association (BFA) Ines Okafor, MD.", "Ines Okafor")]
    public void A_title_and_a_bodys_name_run_on_to_the_name_that_ends_the_clause(string paragraph, string speaker)
    {
        var draft = Parse(paragraph);

        Assert.Equal(speaker, SpeakerOf(draft, 0));
        Assert.DoesNotContain(draft.People, p => p.Name is "Harbour Users" or "President");
    }

    [Fact]
    public void A_statement_announced_at_the_end_of_the_paragraph_before_is_its_issuers()
    {
        var draft = Parse("""
            WASHINGTON, D.C. – Congresswoman Ines Okafor released the following statement today on the harbour:

            "The pier is a disgrace. It must be mended."
            """);

        Assert.Equal("Washington", draft.Dateline);
        Assert.Equal("Ines Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_byline_paragraph_and_the_agency_of_the_dateline_are_the_stories_byline_not_its_text()
    {
        var draft = Parse("""
            By Jane Smith and Li Wei

            TOKYO, May 31 (Kyodo News) -- The harbour reopened on Friday, Mayor Kenji Ito said.
            """);

        Assert.Equal(["Jane Smith", "Li Wei", "Kyodo News"], draft.Byline);
        Assert.Equal("Tokyo", draft.Dateline);
        Assert.Equal("The harbour reopened on Friday, Mayor Kenji Ito said.", Assert.Single(draft.Blocks).Text);
    }

    [Theory]
    [InlineData("By noon the river had risen.")]
    [InlineData("By then, the crowd had gone home")]
    [InlineData("By Friday")]
    public void A_first_paragraph_that_starts_with_by_is_text_unless_it_is_only_names(string first)
    {
        var draft = Parse($"{first}\n\n\"We are ready,\" Mayor Kenji Ito said.");

        Assert.Equal(2, draft.Blocks.Count);
        Assert.Equal(first, draft.Blocks[0].Text);
    }

    [Theory]
    [InlineData("Senate Minority Whip Dick Durbin questioned the order. Durbin said \"I don't know what he's basing this on.\"", "Dick Durbin")]
    [InlineData("Political scholar Kelly Dittmar spoke first. Dittmar went on to add, \"We need parity in both parties.\"", "Kelly Dittmar")]
    [InlineData("Brazilian President Jair Bolsonaro opposed the plan: \"It evokes a colonialist mentality.\"", "Jair Bolsonaro")]
    [InlineData("Rep. Ana Ruiz (D-Calif.) said \"We are still waiting for answers.\"", "Ana Ruiz")]
    [InlineData("Comic artist Jenn Okoro (Nancy Drew) told of her start. \"In my first year, I didn't get any work.\"", "Jenn Okoro")]
    public void Subjects_are_found_past_a_party_bracket_a_nationality_a_whips_title_and_went_on_to_add(string paragraph, string speaker)
    {
        var draft = Parse(paragraph);

        Assert.Equal(speaker, SpeakerOf(draft, draft.Quotes.Count - 1));
    }

    [Fact]
    public void A_quote_alone_after_a_person_is_named_does_not_continue_the_unattributed_quote_before_that_person()
    {
        var draft = Parse("At the panel \"Breaking Into Comics,\" speakers shared advice. Artist Jenn Okoro told of her start. \"In my first year, I didn't get any work.\"");

        Assert.Equal("Jenn Okoro", SpeakerOf(draft, 1));
    }

    [Fact]
    public void A_guard_is_a_body_so_the_words_of_its_order_are_no_ones()
    {
        var draft = Parse("The Coast Guard has announced an order directing units nearby to \"join the pursuit of the perpetrators.\"");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Guard"));
    }

    [Fact]
    public void A_co_word_before_a_name_is_a_role_not_part_of_the_name()
    {
        var draft = Parse("Co-developer Jing Wang recounted, \"It just slides down.\"");

        Assert.Equal("Jing Wang", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_he_does_not_pass_over_a_later_mention_of_someone_first_named_as_they_spoke()
    {
        // "Tak-Sing" is no given name the importer knows, so Wong becomes a person only when "said" names him; "Wong has
        // started a company" still speaks of him, so "He" may be Wong rather than the man of the paragraph before.
        var draft = Parse("""
            Study co-author Tak-Sing Wong said "Our team has made a coating."

            Carl Hensman of the foundation noted the sprays are safe, though he also remarked that they wear off.

            Wong has started a company. He remarked, "My goal is to invent things."
            """);

        Assert.Equal("Tak-Sing Wong", SpeakerOf(draft, 0));
        Assert.NotEqual("Carl Hensman", SpeakerOf(draft, 1));
    }

    [Theory]
    [InlineData("Others dismissed the claims. Erwin Chemerinsky, Dean of the School of Law called it \"a truly silly argument.\"", "Erwin Chemerinsky")]
    [InlineData("Former First Lady Michelle Obama gave the keynote address, urging viewers, \"We have got to vote like our lives depend on it.\"", "Michelle Obama")]
    [InlineData("Following the announcement, President Donald Trump issued a statement saying, \"This election is far from over.\"", "Donald Trump")]
    [InlineData("Rapper Kanye West announced a run for office. West claimed he was campaigning \"almost daily\".", "Kanye West")]
    public void Speakers_are_found_past_an_office_after_the_name_a_first_lady_an_opening_phrase_and_a_surname_that_is_also_a_bodys_word(
        string paragraph, string speaker)
    {
        var draft = Parse(paragraph);

        Assert.Equal(speaker, SpeakerOf(draft, draft.Quotes.Count - 1));
    }

    [Theory]
    [InlineData("Echoing an email that referenced a mysterious \"big guy\", Mayor Tom Field said he would press on.")]
    [InlineData("Candidate Don Blankenship gave an example of the media falsely describing him as a \"felon\" before the primary.")]
    public void Words_a_sentence_speaks_of_are_not_its_subjects_in_an_opening_phrase_or_after_a_participles_own_subject(string paragraph)
    {
        var draft = Parse(paragraph);

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Theory]
    [InlineData("\"This is how relations are shaped,\" the spokesperson, Maria Lopez, said, according to Dawn.", "Maria Lopez")]
    [InlineData("Shawn VanDiver, the president of AfghanEvac, a coalition of groups helping the U.S., told VOA that \"there won't be any travel.\"", "Shawn VanDiver")]
    public void The_speaker_stands_before_a_second_appositive_and_a_later_source_of_the_report_does_not_take_the_quote(string paragraph, string speaker)
    {
        var draft = Parse(paragraph);

        Assert.Equal(speaker, SpeakerOf(draft, 0));
    }

    [Fact]
    public void Words_a_fake_video_shows_someone_saying_and_a_programmes_title_are_given_to_no_one()
    {
        var draft = Parse("""
            In one video, researchers Eliot Higgins and Shayan Sardarizadeh appear to say "The whole world is watching."

            Vice President JD Vance said on "Fox News Sunday" that the talks would go on.
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Null(SpeakerOf(draft, 1));
        Assert.Equal(Portal.Data.Quotes.QuoteSourceKind.NotSpeech, draft.Quotes[1].SourceKind);
    }
}
