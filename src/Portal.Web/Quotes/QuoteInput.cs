using System.ComponentModel.DataAnnotations;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Quotes;

/// <summary>
/// What an editor says about a quote: its exact words, whose words they are (a person, an organisation, an unnamed
/// source, or nobody's because they are not speech; at most one), and whether it is a fragment.
/// </summary>
public class QuoteInput
{
    /// <summary>The quoted words exactly as the article's text has them.</summary>
    [Required, StringLength(Quote.TextMaxLength)]
    public string Text { get; set; } = "";

    /// <summary>The speaker's slug, when a person said it.</summary>
    [StringLength(Person.SlugMaxLength)]
    public string? Speaker { get; set; }

    /// <summary>The organisation's slug, when the words are an organisation's.</summary>
    [StringLength(Data.Organisations.Organisation.SlugMaxLength)]
    public string? Organisation { get; set; }

    /// <summary>How the story describes a source it does not name: "a senior U.S. official".</summary>
    [StringLength(Quote.UnnamedSourceMaxLength)]
    public string? UnnamedSource { get; set; }

    /// <summary>True when the marks hold no one's speech: scare quotes, a term, a title.</summary>
    public bool IsNotSpeech { get; set; }

    /// <summary>A few words embedded in reported speech rather than a full quotation.</summary>
    public bool IsFragment { get; set; }

    public static QuoteInput From(QuoteDto quote) => new()
    {
        Text = quote.Text,
        Speaker = quote.Speaker?.Slug,
        Organisation = quote.Source.Value == QuoteSourceKind.Organisation ? quote.Source.Slug : null,
        UnnamedSource = quote.Source.Value == QuoteSourceKind.Unnamed ? quote.Source.Name : null,
        IsNotSpeech = quote.Source.Value == QuoteSourceKind.NotSpeech,
        IsFragment = quote.IsFragment,
    };

    /// <summary>The input with its source cleared when a merge patch names a source field: a patch gives the new source whole.</summary>
    public static QuoteInput SourceReplacedBy(QuoteInput current, System.Text.Json.JsonElement patch)
    {
        string[] sourceFields = ["speaker", "organisation", "unnamedSource", "isNotSpeech"];
        if (patch.ValueKind == System.Text.Json.JsonValueKind.Object
            && patch.EnumerateObject().Any(p => sourceFields.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            (current.Speaker, current.Organisation, current.UnnamedSource, current.IsNotSpeech) = (null, null, null, false);
        }
        return current;
    }
}

/// <summary>A new quote: the fields of <see cref="QuoteInput"/> and the slug of the article whose text has the words.</summary>
public sealed class NewQuoteInput : QuoteInput
{
    [Required, StringLength(Data.Articles.Article.SlugMaxLength)]
    public string Article { get; set; } = "";
}
