using Portal.Data.Articles;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// The people an editor can give an open quote to in one click: those of the story whom its paragraph (or, failing
/// that, the paragraph before) names before the quote, nearest first. A quote left open as "could be Andrzej Duda or
/// Joachim Brudziński" offers both.
/// </summary>
public static class SpeakerSuggestions
{
    private const int Most = 3;

    /// <summary>The form value of a one-click choice: the quote and the person's slug.</summary>
    public static string Value(Quote quote, Person person) => $"{quote.Id}:{person.Slug}";

    /// <summary>The person's slug when <paramref name="value"/> is the one-click choice for this quote.</summary>
    public static string? SlugFor(string? value, int quoteId) =>
        value?.Split(':', 2) is [var id, var slug] && id == quoteId.ToString(System.Globalization.CultureInfo.InvariantCulture) ? slug : null;

    public static IReadOnlyList<Person> For(Article article, Quote quote)
    {
        if (quote.IsSettled || quote.Block?.Text is not { } paragraph)
        {
            return [];
        }
        var people = article.Mentions.Select(m => m.Person).ToList();
        var found = Named(people, paragraph[..Math.Min(quote.Offset, paragraph.Length)]);
        if (found.Count == 0 && article.Blocks.FirstOrDefault(b => b.Position == quote.Block.Position - 1)?.Text is { } before)
        {
            found = Named(people, before);
        }
        return found;
    }

    /// <summary>The people a text names by their full name or surname, the last named first.</summary>
    private static List<Person> Named(List<Person> people, string text) => people
        .Select(p => (Person: p, At: text.LastIndexOf(p.Name.Split(' ')[^1], StringComparison.Ordinal)))
        .Where(x => x.At >= 0)
        .OrderByDescending(x => x.At)
        .Take(Most)
        .Select(x => x.Person)
        .ToList();
}
