using Portal.Web.Imports;

namespace Portal.Tests.Imports;

/// <summary>Whatever is pasted in, the importer answers with a draft and a list of problems, never an exception.</summary>
public sealed class OddInputTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    public void Empty_text_is_an_error(string? text)
    {
        var draft = WireParser.Parse(text, null, []);

        Assert.True(draft.HasErrors);
        Assert.Equal("empty", Assert.Single(draft.Problems).Code);
        Assert.Empty(draft.Blocks);
    }

    [Fact]
    public void Text_over_the_limit_is_an_error_not_a_crash()
    {
        var draft = WireParser.Parse(new string('a', WireParser.MaxTextLength + 1), null, []);

        Assert.Equal("too-long", Assert.Single(draft.Problems).Code);
        Assert.True(draft.HasErrors);
    }

    [Fact]
    public void A_paragraph_too_long_to_store_is_an_error()
    {
        var draft = WireParser.Parse(string.Join(' ', Enumerable.Repeat("word", 5_000)), "Long", []);

        Assert.Contains(draft.Problems, p => p.Code == "paragraph-too-long" && p.IsError);
    }

    [Fact]
    public void A_long_story_of_many_paragraphs_is_read_whole()
    {
        var paragraph = "Minister Ana Silva spoke. \"We will act,\" Silva said. The session ended late.";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 1_500));

        var draft = WireParser.Parse(text, "Long", []);

        Assert.Equal(1_500, draft.Blocks.Count);
        Assert.Equal(1_500, draft.Quotes.Count(q => q.Speaker is not null));
        Assert.False(draft.HasErrors);
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_its_paragraph_with_a_warning()
    {
        var draft = WireParser.Parse("Mayor Anna Berg said: \"We will rebuild every home\n\nThe council met later.", "T", []);

        Assert.Equal("We will rebuild every home", Assert.Single(draft.Quotes).Text);
        Assert.Contains(draft.Problems, p => p.Code == "unbalanced-quote" && p.Block == 1);
        Assert.Equal(2, draft.Blocks.Count);
    }

    [Fact]
    public void A_stray_closing_mark_and_empty_quotes_are_reported()
    {
        var draft = WireParser.Parse("It was” odd. They wrote \"\" on the wall.", "T", []);

        Assert.Contains(draft.Problems, p => p.Code == "stray-closing-mark");
        Assert.Contains(draft.Problems, p => p.Code == "empty-quote");
        Assert.Empty(draft.Quotes);
    }

    [Fact]
    public void A_caption_with_no_credit_is_a_figure_that_needs_one()
    {
        var draft = WireParser.Parse("First paragraph.\n\n(Firefighters at the scene)\n\nLast paragraph.", "T", []);

        var figure = Assert.Single(draft.Blocks, b => b.IsFigure);
        Assert.Equal("Firefighters at the scene", figure.Caption);
        Assert.Empty(figure.Credit);
        Assert.Contains(draft.Problems, p => p.Code == "caption-without-credit" && p.Block == 2);
    }

    [Fact]
    public void A_credit_with_no_caption_is_a_figure_that_needs_one()
    {
        var draft = WireParser.Parse("Text.\n\n[Reuters / AP]", "T", []);

        Assert.Equal(["Reuters", "AP"], draft.Blocks[1].Credit);
        Assert.Contains(draft.Problems, p => p.Code == "credit-without-caption");
    }

    [Fact]
    public void Repeated_and_empty_agencies_in_a_credit_are_reported()
    {
        var draft = WireParser.Parse("(A crowd)\n[AFP//AFP]", "T", []);

        Assert.Equal(["AFP"], draft.Blocks[0].Credit);
        Assert.Contains(draft.Problems, p => p.Code == "empty-agency");
        Assert.Contains(draft.Problems, p => p.Code == "repeated-agency");
    }

    [Fact]
    public void A_sign_off_in_parentheses_stays_text()
    {
        var draft = WireParser.Parse("The market rose.\n\n(Reporting by Jane Doe; Editing by John Roe)", "T", []);

        Assert.All(draft.Blocks, b => Assert.False(b.IsFigure));
        Assert.Empty(draft.Problems);
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph_and_a_dateline_is_read_off()
    {
        var draft = WireParser.Parse("NEW YORK, May 31 (Kyodo) -- Talks ended\nlate on Thursday\r\nin Manhattan.", "T", []);

        Assert.Equal("New York", draft.Dateline);
        Assert.Equal("Talks ended late on Thursday in Manhattan.", Assert.Single(draft.Blocks).Text);
    }

    [Fact]
    public void Without_a_headline_one_is_suggested_from_the_first_sentence()
    {
        var draft = WireParser.Parse("Floods closed the main road on Sunday after three days of rain.", null, []);

        Assert.Equal("Floods closed the main road on Sunday after three days of rain.", draft.Headline);
        Assert.Contains(draft.Problems, p => p.Code == "headline-suggested");
    }
}
