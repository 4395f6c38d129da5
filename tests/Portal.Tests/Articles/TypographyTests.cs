using Portal.Web.Articles;
using Portal.Web.Quotes;

namespace Portal.Tests.Articles;

/// <summary>What readers see of the wire's straight marks: typographic ones, one for one, and quotes in their sentence.</summary>
public sealed class TypographyTests
{
    [Theory]
    [InlineData("\"We're ready,\" he said.", "“We’re ready,” he said.")]
    [InlineData("He called it 'a start' -- \"a 'real' start.\"", "He called it ‘a start’ -- “a ‘real’ start.”")]
    [InlineData("the Workers' Party (\"WPK\")", "the Workers’ Party (“WPK”)")]
    [InlineData("No marks at all.", "No marks at all.")]
    public void Straight_marks_become_typographic_ones_one_for_one(string wire, string shown)
    {
        var curly = Typography.Curly(wire);

        Assert.Equal(shown, curly);
        Assert.Equal(wire.Length, curly.Length);
    }

    [Fact]
    public void A_quote_is_shown_in_its_own_sentence_with_what_follows_it()
    {
        const string Paragraph = "Talks ended late. \"We are not there yet,\" Pompeo said. He left at once.";

        var sentence = QuoteInContext.Of(Paragraph, Paragraph.IndexOf("We are", StringComparison.Ordinal), "We are not there yet,");

        Assert.Equal(("“", "We are not there yet,", "” Pompeo said."), (sentence.Before, sentence.Words, sentence.After));
    }

    [Fact]
    public void A_long_sentence_is_cut_with_an_ellipsis_and_a_quote_out_of_place_stands_alone()
    {
        var paragraph = string.Concat(Enumerable.Repeat("word ", 100)) + "\"the words\" " + string.Concat(Enumerable.Repeat("more ", 100));

        var sentence = QuoteInContext.Of(paragraph, paragraph.IndexOf("the words", StringComparison.Ordinal), "the words");
        var alone = QuoteInContext.Of("Short.", 40, "the words");

        Assert.StartsWith("…", sentence.Before);
        Assert.EndsWith("…", sentence.After);
        Assert.Equal("the words", sentence.Words);
        Assert.Equal(("", "the words", ""), (alone.Before, alone.Words, alone.After));
    }
}
