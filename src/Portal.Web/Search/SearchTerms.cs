using System.Text;

namespace Portal.Web.Search;

/// <summary>
/// What a reader searched for: up to twelve words, all required, the last one also matching as a prefix when it
/// has four letters or more (or as many as the caller says) ("denucl"; shorter prefixes would match much of the vocabulary). Only letters and
/// digits survive, so no operator or punctuation a reader types can change a query's meaning or break it.
/// </summary>
public sealed class SearchTerms
{
    public const int MaxQueryLength = 200;
    private const int MaxWords = 12;
    private const int MinPrefixLength = 4;

    private readonly List<string> _words;
    private readonly bool _lastIsPrefix;

    private SearchTerms(List<string> words, int prefixFrom)
    {
        _words = words;
        _lastIsPrefix = words[^1].Length >= prefixFrom;
    }

    /// <summary>
    /// The terms in a reader's text, or null when it holds no word; <paramref name="prefixFrom"/> is the length from
    /// which the last word also matches as a prefix (names, a small vocabulary, take it from the first letter).
    /// </summary>
    public static SearchTerms? From(string? text, int prefixFrom = MinPrefixLength)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "").AsSpan(0, Math.Min(text?.Length ?? 0, MaxQueryLength)))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words.Count == 0 ? null : new SearchTerms(words.Take(MaxWords).ToList(), prefixFrom);
    }

    /// <summary>An SQLite FTS5 query: quoted terms, all required.</summary>
    public string ToFts5() => Join(' ', w => $"\"{w}\"", "*");

    /// <summary>A PostgreSQL tsquery for <c>to_tsquery</c>, which stems each word as the index did.</summary>
    public string ToTsQuery() => Join('&', w => w, ":*");

    private string Join(char separator, Func<string, string> term, string prefix) =>
        string.Join(separator, _words.Select(term)) + (_lastIsPrefix ? prefix : "");
}
