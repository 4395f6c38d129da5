using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
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

    /// <summary>
    /// Places the quote where its words stand in the article's paragraphs and sets its source; a speaker then
    /// counts as mentioned. Returns the field and message of the first thing that does not fit, or null.
    /// </summary>
    public async Task<(string Field, string Message)?> ApplyToAsync(Quote quote, Article article, PortalDbContext db, CancellationToken cancellationToken)
    {
        var place = article.Blocks.Where(b => b.Text is not null).OrderBy(b => b.Position)
            .Select(b => (Block: b, Offset: b.Text!.IndexOf(Text, StringComparison.Ordinal)))
            .FirstOrDefault(p => p.Offset >= 0);
        if (place.Block is null)
        {
            return (nameof(Text), "These words are not in the article's paragraphs; quote them exactly.");
        }
        var unnamed = string.IsNullOrWhiteSpace(UnnamedSource) ? null : UnnamedSource.Trim();
        if ((Speaker is null ? 0 : 1) + (Organisation is null ? 0 : 1) + (unnamed is null ? 0 : 1) + (IsNotSpeech ? 1 : 0) > 1)
        {
            return (nameof(Speaker), "Give one source at most: a speaker, an organisation, an unnamed source, or not speech.");
        }
        Person? speaker = null;
        if (Speaker is not null && (speaker = await db.People.FirstOrDefaultAsync(p => p.Slug == Speaker, cancellationToken)) is null)
        {
            return (nameof(Speaker), "No person has this slug.");
        }
        Data.Organisations.Organisation? organisation = null;
        if (Organisation is not null && (organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == Organisation, cancellationToken)) is null)
        {
            return (nameof(Organisation), "No organisation has this slug.");
        }
        quote.Text = Text;
        quote.Block = place.Block;
        quote.Offset = place.Offset;
        quote.IsFragment = IsFragment;
        if (speaker is not null)
        {
            quote.AttributeTo(speaker);
        }
        else if (organisation is not null)
        {
            quote.AttributeTo(organisation);
        }
        else if (unnamed is not null)
        {
            quote.AttributeToUnnamed(unnamed);
        }
        else if (IsNotSpeech)
        {
            quote.MarkNotSpeech();
        }
        else
        {
            quote.LeaveOpen();
        }
        if (speaker is not null && article.Mentions.All(m => m.PersonId != speaker.Id))
        {
            article.Mentions.Add(new ArticleMention { PersonId = speaker.Id, Position = article.Mentions.Count });
        }
        var ordered = article.Quotes.Append(quote).Distinct().OrderBy(q => q.Block.Position).ThenBy(q => q.Offset).ToList();
        for (var position = 0; position < ordered.Count; position++)
        {
            ordered[position].Position = position;
        }
        return null;
    }
}

/// <summary>A new quote: the fields of <see cref="QuoteInput"/> and the slug of the article whose text has the words.</summary>
public sealed class NewQuoteInput : QuoteInput
{
    [Required, StringLength(Data.Articles.Article.SlugMaxLength)]
    public string Article { get; set; } = "";
}
