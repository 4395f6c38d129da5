using CsCheck;
using Portal.Tests.Infrastructure;
using Portal.Web.Imports;

namespace Portal.Tests.Imports;

/// <summary>
/// Property-based: stories made of random pieces of copy (names, titles, speech verbs, pronouns, straight and
/// curly marks, figures, blank lines) and real stories with random damage always come back, and every quote
/// the importer reports is the paragraph's own text at the position it gives.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        "Mayor", "Ana", "Silva", "Kim", "Jong", "Un", "the", "mayor", "said", "told", "tweeted", "according", "to", "he", "she",
        "they", "Mr.", "U.S.", "Sen.", "a", "spokeswoman", "for", "police", "who", ",", ".", ":", ";", "\"", "“", "”", "'", "’",
        "(", ")", "[Reuters/AP]", "(A caption)", "\n", "\n\n", "{photo 1}", "—", "Dr.", "Jan.", "42", "of", "State");

    private static readonly Gen<string> RandomStory = Piece.Array[0, 300].Select(pieces => string.Join(' ', pieces));

    [Fact]
    public void Random_copy_always_comes_back_with_every_quote_verbatim_in_place()
    {
        RandomStory.Sample(AssertSound, iter: 2_000);
    }

    [Fact]
    public void Damaged_real_stories_always_come_back_with_every_quote_verbatim_in_place()
    {
        var stories = Directory.GetFiles(Repository.PathTo("tests/corpus/quotes/dev"), "*.txt").Select(File.ReadAllText).ToArray();
        var damage = Gen.Select(Gen.Int[0, stories.Length - 1], Gen.Int[0, 1_000_000].Array[1, 12], Gen.OneOf("\"", "“", "”", "\n\n", "", " said ", "(", "]"),
            (story, cuts, insert) => Damage(stories[story], cuts, insert));

        damage.Sample(AssertSound, iter: 300);
    }

    /// <summary>Cuts the story at random places and puts a mark, a paragraph break or nothing in each cut.</summary>
    private static string Damage(string story, int[] cuts, string insert)
    {
        var text = story;
        foreach (var cut in cuts)
        {
            var at = cut % Math.Max(1, text.Length);
            var length = Math.Min(cut % 7, text.Length - at);
            text = string.Concat(text.AsSpan(0, at), insert, text.AsSpan(at + length));
        }
        return text;
    }

    private static void AssertSound(string text)
    {
        var draft = WireParser.Parse(text, "Random", []);

        foreach (var quote in draft.Quotes)
        {
            var paragraph = draft.Blocks[quote.BlockIndex].Text;
            Assert.NotNull(paragraph);
            Assert.Equal(quote.Text, paragraph.Substring(quote.Offset, quote.Text.Length));
            Assert.True(quote.Offset > 0 && paragraph[quote.Offset - 1] is '"' or '“', "a quote starts right after its opening mark");
            Assert.True(quote.Speaker is null || quote.Speaker < draft.People.Count);
            Assert.True(quote.Speaker is null || quote.Confidence >= WireParser.SpeakerThreshold, "a named speaker has the confidence the threshold asks");
        }
    }
}
