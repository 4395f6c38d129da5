using Portal.Data.Quotes;
using Portal.Web.Imports;

namespace Portal.Tests.Imports;

/// <summary>The importer on stories of our own: each way copy attributes a quote, and each way it fails to.</summary>
public sealed class AttributionTests
{
    private static WireDraft Parse(string text, params KnownPerson[] known) => WireParser.Parse(text, "Test story", known);

    private static string? SpeakerOf(WireDraft draft, int quote) =>
        draft.Quotes[quote].Speaker is { } s ? draft.People[s].Name : null;

    [Fact]
    public void Attributes_by_name_after_the_verb()
    {
        var draft = Parse("""
            Acme Corp chief executive Jane Doe announced record profits on Monday.

            "This was our best year," said Doe. "We hired 400 people."
            """);

        Assert.Equal("Jane Doe", Assert.Single(draft.People).Name);
        Assert.Equal("Acme Corp chief executive", draft.People[0].Title);
        Assert.Equal("Jane Doe", SpeakerOf(draft, 0));
        Assert.Equal("Jane Doe", SpeakerOf(draft, 1));
        Assert.All(draft.Quotes, q => Assert.False(q.IsFragment));
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public void Attributes_by_a_title_the_text_ties_to_a_person()
    {
        var draft = Parse("""
            German Chancellor Olaf Scholz met union leaders in Berlin on Tuesday, Scholz said.

            "We found common ground," the chancellor said.
            """);

        Assert.Equal("Olaf Scholz", SpeakerOf(draft, 0));
        Assert.Contains("the chancellor", draft.People[0].Aliases);
    }

    [Fact]
    public void A_pronoun_continues_the_most_recent_speaker_not_the_most_recent_name()
    {
        var draft = Parse("""
            Mayor Anna Berg said the bridge would reopen in May.

            She spoke after meeting Governor Tom Reyes. "The repairs are on schedule," she said.
            """);

        Assert.Equal("Anna Berg", SpeakerOf(draft, 0));
    }

    [Fact]
    public void Reported_speech_by_one_person_then_a_pronoun_quote_by_another()
    {
        var draft = Parse("""
            Senator Maria Lopez said the bill would pass. Coach Sam Ortiz said his team "played with heart."
            """);

        Assert.Equal("Sam Ortiz", SpeakerOf(draft, 0));
        Assert.True(draft.Quotes[0].IsFragment);
    }

    [Fact]
    public void A_full_quotation_introduced_with_a_colon_is_not_a_fragment()
    {
        var draft = Parse("""
            Prime Minister Ana Silva spoke to reporters in Lisbon. Silva said: "We will not raise taxes this year."
            """);

        Assert.False(draft.Quotes[0].IsFragment);
        Assert.Equal("Ana Silva", SpeakerOf(draft, 0));
    }

    [Fact]
    public void Leaves_a_quote_several_people_said_open_and_says_so()
    {
        var draft = Parse("""
            The storm reached the coast overnight.

            "Nobody expected this," they told reporters.
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal(QuoteSourceKind.Open, draft.Quotes[0].SourceKind);
        var problem = Assert.Single(draft.Problems, p => p.Code == "unattributed-quote");
        Assert.Equal(2, problem.Block);
        Assert.False(problem.IsError);
    }

    [Theory]
    [InlineData("\"Nobody expected this,\" a witness told reporters.", "a witness")]
    [InlineData("\"Talks will resume,\" said a senior U.S. official.", "a senior U.S. official")]
    [InlineData("Police said: \"The road is closed.\"", "Police")]
    [InlineData("\"We will appeal,\" the letter said.", "the letter")]
    public void Gives_an_unnamed_source_its_description_and_no_person(string paragraph, string description)
    {
        var draft = Parse("The storm reached the coast overnight.\n\n" + paragraph);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal(QuoteSourceKind.Unnamed, draft.Quotes[0].SourceKind);
        Assert.Equal(description, draft.Quotes[0].SourceName);
        Assert.DoesNotContain(draft.Problems, p => p.Code == "unattributed-quote");
    }

    [Theory]
    [InlineData("\"We will respond,\" the Foreign Ministry said.", "Foreign Ministry")]
    [InlineData("\"The count is accurate,\" the NASS letter said.", "NASS")]
    [InlineData("The Pentagon Wednesday confirmed \"a strike on a depot.\"", "Pentagon")]
    public void Names_an_organisation_whose_words_the_story_quotes(string paragraph, string organisation)
    {
        var draft = Parse("The storm reached the coast overnight.\n\n" + paragraph);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal(QuoteSourceKind.Organisation, draft.Quotes[0].SourceKind);
        Assert.Equal(organisation, draft.Quotes[0].SourceName);
    }

    [Fact]
    public void Gives_no_organisation_a_quote_when_a_person_in_the_sentence_may_have_said_it()
    {
        var draft = Parse("""
            The vote was delayed again.

            Mayor Ana Ruiz commented on the delay, which the Interior Ministry noted as unusual, "We will not wait for ever."
            """);

        Assert.Equal(QuoteSourceKind.Open, draft.Quotes[0].SourceKind);
        Assert.Contains("more than one source", draft.Quotes[0].Reason);
    }

    [Fact]
    public void Never_reads_letters_after_a_name_as_its_surname()
    {
        var draft = Parse("""
            Judge Ana Ruiz QC and prosecutor Tom Field QC spoke after the verdict.

            Field QC said the men "showed no remorse at all."
            """);

        Assert.Equal("Tom Field", SpeakerOf(draft, 0));
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith("QC", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_no_pronoun_past_a_sentence_about_someone_the_story_does_not_name()
    {
        var draft = Parse("""
            Prosecutor Ana Ruiz said the sentences were fair.

            One of the victims chose to be named. She said she wanted others to know "there is nothing to hide".
            """);

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void Gives_no_one_person_the_words_of_two_people_joined_by_and()
    {
        var draft = Parse("""
            The show's hosts, Ben Ortiz and Sam Reed, who both worked for him, posted: "We will miss you."
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal(QuoteSourceKind.Open, draft.Quotes[0].SourceKind);
    }

    [Fact]
    public void Leaves_he_open_when_the_sentence_before_has_two_men_as_subjects()
    {
        var draft = Parse("""
            Mayor Tom Field said the fire was a tragedy while Police Chief Ben Ortiz wrote that checks would follow. He tweeted, "We grieve with the families."
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains("could be", draft.Quotes[0].Reason);
    }

    [Fact]
    public void Reads_a_quoted_nickname_as_part_of_the_name_and_not_as_speech()
    {
        var draft = Parse("""
            "We flew every night," said retired Col. Dana J. "Sparky" Holt, a pilot in the campaign. "Nobody slept."

            "It was the longest month of my life," Holt said.
            """);

        Assert.Equal(4, draft.Quotes.Count);
        Assert.Equal("Sparky", draft.Quotes[1].Text);
        Assert.Equal("Dana J. Holt", SpeakerOf(draft, 0));
        Assert.Equal(QuoteSourceKind.NotSpeech, draft.Quotes[1].SourceKind);
        Assert.Equal("Dana J. Holt", SpeakerOf(draft, 2));
        Assert.Equal("Dana J. Holt", SpeakerOf(draft, 3));
    }

    [Theory]
    [InlineData("A post on the page for Ana Ruiz says \"the plan is final.\"")]
    [InlineData("A spokesman for Ana Ruiz said \"the plan is final.\"")]
    [InlineData("A spokesman for Mayor Ana Ruiz said \"the plan is final.\"")]
    public void A_name_after_a_preposition_is_not_the_speaker(string sentence)
    {
        var draft = Parse("Mayor Ana Ruiz presented the plan on Monday.\n\n" + sentence);

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Theory]
    [InlineData("said Secretary of State Marco Rubel and Defense Secretary Pete Hegg.")]
    [InlineData("said Mayor Ana Ruiz and Police Chief Tom Field.")]
    public void Gives_no_one_person_words_said_after_the_verb_by_two_people_joined_by_and(string cue)
    {
        var draft = Parse($"\"We reached a deal,\" {cue}");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains("several people", draft.Quotes[0].Reason);
    }

    [Fact]
    public void A_relative_pronoun_after_a_prepositions_object_stands_for_that_name()
    {
        var draft = Parse("""
            The bill was drafted by Alex Greenwood who said in the chamber, "It took ten years of work."
            """);

        Assert.Equal("Alex Greenwood", SpeakerOf(draft, 0));
    }

    [Theory]
    [InlineData("said Council on Coastal Quality Chair Brenda Moll.", "Brenda Moll")]
    [InlineData("said Principal Deputy Assistant Secretary for Land and Water Management Dr. Steve Feld.", "Steve Feld")]
    [InlineData("explained Lt. Gen. (Dr.) Paul K. Carr, a former surgeon.", "Paul K. Carr")]
    [InlineData("said Minister for Foreign Affairs and Trade Penny Wong.", "Penny Wong")]
    public void Reads_a_long_title_through_its_prepositions_to_the_name(string cue, string speaker)
    {
        var draft = Parse($"\"The rule protects the land for the next generation,\" {cue}");

        Assert.Equal(speaker, SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_pronoun_is_not_a_person_its_own_sentence_names_after_it()
    {
        var draft = Parse("""
            Dr. Paul Carr explained the plan to a visiting general. He, in turn, handed Carr a check and said, "I want it soon."
            """);

        Assert.True(SpeakerOf(draft, 0) is null, draft.Quotes[0].Reason);
        Assert.Contains("whom its own sentence names", draft.Quotes[0].Reason);
    }

    [Fact]
    public void Reads_no_pronoun_past_a_sentence_naming_someone_the_story_does_not_know()
    {
        var draft = Parse("""
            "The cuts hurt us all," said Miguel Torres, a teacher.

            Nobody needs to ask Josep Vidal what he thinks. "We want fairness," he said.
            """);

        Assert.Equal("Miguel Torres", SpeakerOf(draft, 0));
        Assert.Null(SpeakerOf(draft, 1));
    }

    [Theory]
    [InlineData("\"Will we have enough water?\" Frederick wonders.")]
    [InlineData("\"Get out now!\" he shouted at the crowd.")]
    [InlineData("\"Is it over?\" asked Frederick.")]
    public void A_question_or_an_exclamation_keeps_its_attribution_after_it(string sentence)
    {
        var draft = Parse("Professor Peter Frederick studies the reef.\n\n" + sentence);

        Assert.Equal("Peter Frederick", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_given_name_inside_a_run_of_capitals_starts_the_name()
    {
        var draft = Parse("\"The port reopens on Monday,\" said Harbour Master Maria Okafor.");

        Assert.Equal("Maria Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_surname_alone_is_the_one_full_name_written_before_it()
    {
        var draft = Parse("""
            Orsino Waldron is a native of the state and has fished its rivers for years.

            "You can fish deep water or shallow water here," says Waldron.
            """);

        Assert.Equal("Orsino Waldron", SpeakerOf(draft, 0));
        Assert.Contains("named before", draft.Quotes[0].Reason);
    }

    [Fact]
    public void A_surname_alone_stays_open_when_two_full_names_end_in_it()
    {
        var draft = Parse("""
            Hank Waldron and his sister Ruth Waldron run the marina.

            "You can fish deep water or shallow water here," says Waldron.
            """);

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void The_first_part_of_a_double_surname_names_the_person_later()
    {
        var draft = Parse("""
            "It is a piece of paradise," said Leopoldo Mirandez-Costa, the regional director.

            "There is something special about this river," Mirandez said.
            """);

        Assert.Equal("Leopoldo Mirandez-Costa", SpeakerOf(draft, 1));
    }

    [Theory]
    [InlineData("Engineers used a process called \"cold welding\" to join the parts.")]
    [InlineData("Officials stopped using the word \"pandemic\" last year.")]
    public void Marks_a_name_or_a_word_as_not_speech(string paragraph)
    {
        var draft = Parse("The storm reached the coast overnight.\n\n" + paragraph);

        Assert.Equal(QuoteSourceKind.NotSpeech, draft.Quotes[0].SourceKind);
        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void Refuses_to_choose_between_two_people_who_share_a_name()
    {
        var draft = Parse("""
            President Lee Jae Hyun hosted Foreign Minister Lee Sun Ok at the palace.

            "We agree on everything," Lee said.
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains(draft.Problems, p => p.Code == "unattributed-quote" && p.Message.Contains("could be Lee Jae Hyun or Lee Sun Ok"));
    }

    [Fact]
    public void A_pronoun_with_no_earlier_speaker_is_not_guessed()
    {
        var draft = Parse("\"It is over,\" he said.");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains(draft.Problems, p => p.Code == "unattributed-quote");
    }

    [Fact]
    public void They_is_never_one_speaker()
    {
        var draft = Parse("""
            Governor Tom Reyes said the dam held.

            "We were lucky," they said.
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains(draft.Problems, p => p.Message.Contains("refers to several people"));
    }

    [Fact]
    public void An_organisation_is_not_a_speaker()
    {
        var draft = Parse("\"The talks are over,\" the Foreign Ministry said in a statement.");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void A_quote_only_paragraph_continues_the_previous_paragraphs_speaker_with_a_note()
    {
        var draft = Parse("""
            "We start on Monday," said Director Ruth Okafor.

            "Every school will be open by Friday."
            """);

        Assert.Equal("Ruth Okafor", SpeakerOf(draft, 1));
        Assert.Contains(draft.Problems, p => p.Code == "continued-speaker" && p.Block == 2);
    }

    [Fact]
    public void A_quoted_person_without_a_title_is_proposed_with_a_warning()
    {
        var draft = Parse("\"The water came up fast,\" said Maria Santos, who lives by the river.");

        Assert.Equal("Maria Santos", SpeakerOf(draft, 0));
        Assert.Null(draft.People[0].Title);
        Assert.Contains(draft.Problems, p => p.Code == "new-person-without-title");
    }

    [Fact]
    public void Recognises_people_already_in_the_store_by_their_aliases()
    {
        var known = new KnownPerson(42, "Mike Pompeo", "U.S. Secretary of State", ["Pompeo", "the top U.S. diplomat"]);

        var draft = Parse("\"We are close,\" the top U.S. diplomat said.", known);

        var person = Assert.Single(draft.People);
        Assert.Equal(42, person.ExistingId);
        Assert.Equal("Mike Pompeo", SpeakerOf(draft, 0));
    }

    [Fact]
    public void Words_inside_a_quote_are_never_taken_for_the_speaker()
    {
        var draft = Parse("""
            Minister Ana Silva arrived late. "President Gomez said no," Silva said.
            """);

        Assert.Equal("Ana Silva", SpeakerOf(draft, 0));
    }

    [Fact]
    public void Reads_curly_quotes_and_an_appositive_title()
    {
        var draft = Parse("“Prices will fall,” said Tom Hale, a senior economist at the central bank, on Friday.");

        Assert.Equal("Tom Hale", SpeakerOf(draft, 0));
        Assert.Equal("senior economist at the central bank", draft.People[0].Title);
        Assert.Equal("Prices will fall,", draft.Quotes[0].Text);
    }

    [Fact]
    public void A_sentence_naming_two_speakers_is_left_for_an_editor()
    {
        var draft = Parse("""
            Mayor Anna Berg and Governor Tom Reyes met. Berg said Reyes told her "the money is there."
            """);

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Contains(draft.Problems, p => p.Message.Contains("more than one speaker"));
    }

    [Fact]
    public void A_pronoun_agrees_with_the_sex_the_text_gives_its_person()
    {
        var draft = Parse("""
            Senator Maria Lopez said she would vote for the bill.

            Among those who opposed it was Governor Tom Reyes. "We will not stop," she said.
            """);

        Assert.Equal("Maria Lopez", SpeakerOf(draft, 0));
        Assert.Contains("\"she\" → Maria Lopez", draft.Quotes[0].Reason);
    }

    [Fact]
    public void The_name_in_an_appositive_is_the_speaker_not_the_role_before_it()
    {
        var draft = Parse("The judge presiding over the case, Ruth Okafor, said, \"The sentence must fit the harm done.\"");

        Assert.Equal("Ruth Okafor", SpeakerOf(draft, 0));
    }

    [Fact]
    public void An_inverted_cue_skips_a_title_and_a_body_to_reach_the_name()
    {
        var draft = Parse("""
            "The case is closed," said U.S. Attorney Ana Ruiz for the Southern District of Ohio.

            "It was a long night," said Acme University's chancellor, Pradeep Rao.
            """);

        Assert.Equal("Ana Ruiz", SpeakerOf(draft, 0));
        Assert.Equal("Pradeep Rao", SpeakerOf(draft, 1));
    }

    [Fact]
    public void Words_reported_in_the_passive_or_by_a_body_get_no_person()
    {
        var draft = Parse("""
            Tom Hale, who was described as "reckless" by the police, left the court. The ministry said the ruling was "final."
            """);

        Assert.All(draft.Quotes, q => Assert.Null(q.Speaker));
        Assert.DoesNotContain(draft.Quotes, q => q.Reason is null);
    }

    [Fact]
    public void A_word_spoken_of_is_not_a_quote_of_anyone()
    {
        var draft = Parse("Mayor Anna Berg avoided the word \"crisis\" and said the city was \"coping well.\"");

        Assert.Null(SpeakerOf(draft, 0));
        Assert.Equal("Anna Berg", SpeakerOf(draft, 1));
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_speaker_is_left_open()
    {
        var draft = Parse("""
            Minister Ana Silva opened the inquiry on Monday.

            The head of the inquiry's staff told reporters the files were lost. She also said "nobody checked them."
            """);

        Assert.Null(SpeakerOf(draft, 0));
    }

    [Fact]
    public void A_speaker_named_in_the_sentence_before_carries_to_a_quote_that_follows_it()
    {
        var draft = Parse("""
            The flights were hard at times, said Bill Brockett, a retired pilot. "We flew low over the fires."
            """);

        Assert.Equal("Bill Brockett", SpeakerOf(draft, 0));
        Assert.True(draft.Quotes[0].Confidence >= WireParser.SpeakerThreshold);
    }

    [Fact]
    public void A_statement_introduced_above_runs_over_its_paragraphs()
    {
        var draft = Parse("""
            The following is a statement from Administrator Ruth Okafor on the launch.

            "Today we reached orbit. It took a decade.

            "Every one of you made it happen."
            """);

        Assert.Equal("Ruth Okafor", SpeakerOf(draft, 0));
        Assert.Equal("Ruth Okafor", SpeakerOf(draft, 1));
    }
}
