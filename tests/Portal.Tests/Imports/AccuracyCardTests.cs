using Portal.Tests.Infrastructure;
using Portal.Web.Imports.Evaluation;

namespace Portal.Tests.Imports;

/// <summary>
/// The importer's accuracy on real published stories, as the README's card reports it. The floors are the
/// levels the importer reaches; a change that names fewer speakers, or names a wrong one, fails here.
/// </summary>
public sealed class AccuracyCardTests
{
    [Theory]
    [InlineData("tests/corpus/quotes/dev", 0.99, 1.0, 0.94)]
    [InlineData("tests/corpus/quotes/own", 0.99, 1.0, 0.91)]
    [InlineData("tests/corpus/quotes/kinds", 0.99, 0.95, 0.85)]
    [InlineData("tests/corpus/quotes/fresh", 0.99, 1.0, 0.9)]
    [InlineData("tests/corpus/quotes/fresh2", 0.99, 1.0, 0.92)]
    [InlineData("tests/corpus/quotes/fresh4", 0.99, 1.0, 0.97)]
    [InlineData("tests/corpus/quotes/fresh5", 0.99, 1.0, 0.92)]
    [InlineData("tests/corpus/quotes/fresh6", 0.99, 1.0, 0.97)]
    [InlineData("tests/corpus/quotes/fresh7", 0.99, 1.0, 0.95)]
    [InlineData("tests/corpus/quotes/fresh8", 0.99, 1.0, 0.98)]
    [InlineData("tests/corpus/quotes/fresh9", 0.99, 1.0, 0.88)]
    [InlineData("tests/corpus/quotes/fresh10", 0.99, 1.0, 0.94)]
    [InlineData("tests/corpus/quotes/fresh12", 0.99, 1.0, 0.88)]
    [InlineData("tests/corpus/quotes/fresh13", 0.99, 0.98, 0.67)]
    [InlineData("tests/corpus/quotes/fresh14", 0.99, 0.96, 0.90)]
    [InlineData("tests/corpus/quotes/fresh15", 0.99, 1.0, 0.90)]
    public void Keeps_its_accuracy_on_real_stories(string folder, double found, double precision, double recall)
    {
        var card = AccuracyCard.Score(GoldCorpus.Load(Repository.PathTo(folder)));

        var overall = card.Overall;
        Assert.True(overall.FoundShare >= found, $"found {overall.FoundShare:0.000} < {found}\n{card.Format()}");
        Assert.True(overall.Precision >= precision, $"precision {overall.Precision:0.000} < {precision}\n{card.FormatErrors()}");
        Assert.True(overall.Recall >= recall, $"recall {overall.Recall:0.000} < {recall}\n{card.FormatErrors()}");
    }

    [Fact]
    public void Words_of_bodies_documents_and_unnamed_sources_are_given_to_nobody()
    {
        var card = AccuracyCard.Score(new(Stories("tests/corpus/quotes/dev").Concat(Stories("tests/corpus/quotes/own")).ToList()));

        var notSpeech = card.Outcomes.Where(o => o.Gold.Tag is "org" or "unnamed" or "scare").ToList();
        Assert.NotEmpty(notSpeech);
        Assert.All(notSpeech, o => Assert.Null(o.Predicted));
    }

    [Fact]
    public void Scores_a_story_the_way_the_card_says()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "story.txt"), """
            Mayor Anna Berg opened the bridge. "It took ten years," Berg said.

            "Nobody expected this," a witness said. The council called it "a triumph."

            "We are proud," Berg said.
            """);
        File.WriteAllText(Path.Combine(folder.Path, GoldCorpus.LabelsFile), """
            {"story.txt": {"quotes": [["it took ten years", "berg", "name-after"], ["nobody expected this", null, "unnamed"],
              ["a triumph", null, "org"], ["we are proud", "reyes", "name-after"], ["never said", "berg", "name-after"]]}}
            """);

        var card = AccuracyCard.Score(GoldCorpus.Load(folder.Path));

        // Four of five spans found; Berg is given twice, once wrongly (the gold says Reyes); three spans are right.
        Assert.Equal(new AccuracyCard.Figures(Spans: 5, Found: 4, GivenPerson: 2, RightPerson: 1, GoldPerson: 3, Right: 3), card.Overall);
        Assert.Contains("\"we are proud\": gold reyes, given Anna Berg", card.FormatErrors());
        Assert.Contains("\"never said\": gold berg, given (not found)", card.FormatErrors());
        Assert.StartsWith("| tag | spans | found | given a person | precision | recall | accuracy |", card.Format());
    }

    private static IEnumerable<GoldStory> Stories(string folder) => GoldCorpus.Load(Repository.PathTo(folder)).Stories;
}
