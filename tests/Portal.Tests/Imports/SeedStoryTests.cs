using Portal.Tests.Infrastructure;
using Portal.Web.Imports;

namespace Portal.Tests.Imports;

/// <summary>The importer on the first story Portal carries: every figure the newsroom expects.</summary>
public sealed class SeedStoryTests
{
    private readonly WireDraft _draft = WireParser.Parse(Repository.SeedText, "Pompeo after the talks", []);

    [Fact]
    public void Keeps_seventeen_paragraphs_and_two_figures_in_their_original_order()
    {
        var shape = string.Concat(_draft.Blocks.Select(b => b.IsFigure ? 'F' : 'P'));

        Assert.Equal("PPPPPFPPPPPPPFPPPPP", shape);
        Assert.StartsWith("U.S. Secretary of State Mike Pompeo said Thursday", _draft.Blocks[0].Text);
        Assert.EndsWith("can sign onto as well,\" he said.", _draft.Blocks[^1].Text);
    }

    [Fact]
    public void Reads_each_caption_and_its_chain_of_agencies()
    {
        var figures = _draft.Blocks.Where(b => b.IsFigure).ToList();

        Assert.Equal("Mike Pompeo, center, arrives for a news conference", figures[0].Caption);
        Assert.Equal(["Getty", "Kyodo"], figures[0].Credit);
        Assert.Equal("Kim Jong Un, right, and Mike Pompeo", figures[1].Caption);
        Assert.Equal(["KCNA", "UPI", "Kyodo"], figures[1].Credit);
    }

    [Fact]
    public void Finds_the_four_people_with_the_titles_the_text_gives_them()
    {
        var people = _draft.People.ToDictionary(p => p.Name, p => p.Title);

        Assert.Equal(["Mike Pompeo", "Kim Jong Un", "Donald Trump", "Kim Yong Chol"], _draft.People.Select(p => p.Name));
        Assert.Equal("U.S. Secretary of State", people["Mike Pompeo"]);
        Assert.Equal("President", people["Donald Trump"]);
        Assert.Equal("vice chairman of the Central Committee of the Workers' Party of Korea", people["Kim Yong Chol"]);
        Assert.Equal("leader", people["Kim Jong Un"]);
        Assert.All(_draft.People, p => Assert.Null(p.ExistingId));
    }

    [Fact]
    public void Learns_the_other_ways_the_text_refers_to_people()
    {
        var pompeo = _draft.People.Single(p => p.Name == "Mike Pompeo");
        var kimJongUn = _draft.People.Single(p => p.Name == "Kim Jong Un");

        Assert.Contains("Pompeo", pompeo.Aliases);
        Assert.Contains("the top U.S. diplomat", pompeo.Aliases);
        Assert.Contains("Chairman Kim Jong Un", kimJongUn.Aliases);
        Assert.DoesNotContain(_draft.People, p => p.Aliases.Contains("Kim"));
    }

    [Fact]
    public void Attributes_thirteen_quotes_to_Pompeo_and_one_to_Trump()
    {
        string? SpeakerOf(DraftQuote q) => q.Speaker is { } s ? _draft.People[s].Name : null;

        Assert.Equal(SeedStory.Quotes, _draft.Quotes.Count);
        Assert.Equal(SeedStory.PompeoQuotes, _draft.Quotes.Count(q => SpeakerOf(q) == "Mike Pompeo"));
        var trump = Assert.Single(_draft.Quotes, q => SpeakerOf(q) == "Donald Trump");
        Assert.Equal("seeing what's in the letter.", trump.Text);
        Assert.True(trump.IsFragment);
    }

    [Fact]
    public void Marks_words_embedded_in_reported_speech_as_fragments()
    {
        var fragments = _draft.Quotes.Where(q => q.IsFragment).Select(q => q.Text);

        Assert.Equal(
            ["in the right direction", "seeing what's in the letter.", "real progress", "bold leadership",
             "seize this once-in-a-lifetime opportunity to change the course of the world."],
            fragments);
    }

    [Fact]
    public void Points_each_quote_at_its_exact_place_in_the_paragraph()
    {
        Assert.All(_draft.Quotes, q => Assert.Equal(q.Text, _draft.Blocks[q.BlockIndex].Text!.Substring(q.Offset, q.Text.Length)));
        Assert.Equal("I am confident we are moving in the right direction,", _draft.Quotes[1].Text);
    }

    [Fact]
    public void Has_nothing_to_ask_an_editor_about()
    {
        Assert.Empty(_draft.Problems);
        Assert.Null(_draft.Dateline);
    }
}
