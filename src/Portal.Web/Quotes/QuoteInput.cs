using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Quotes;

/// <summary>What an editor says about a quote: its exact words, who said them, and whether it is a fragment.</summary>
public class QuoteInput
{
    /// <summary>The quoted words exactly as the article's text has them.</summary>
    [Required, StringLength(Quote.TextMaxLength)]
    public string Text { get; set; } = "";

    /// <summary>The speaker's slug; null when nobody is named.</summary>
    [StringLength(Person.SlugMaxLength)]
    public string? Speaker { get; set; }

    /// <summary>A few words embedded in reported speech rather than a full quotation.</summary>
    public bool IsFragment { get; set; }

    public static QuoteInput From(QuoteDto quote) => new() { Text = quote.Text, Speaker = quote.Speaker?.Slug, IsFragment = quote.IsFragment };

    /// <summary>
    /// Places the quote where its words stand in the article's paragraphs and links the speaker, who then
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
        Person? speaker = null;
        if (Speaker is not null && (speaker = await db.People.FirstOrDefaultAsync(p => p.Slug == Speaker, cancellationToken)) is null)
        {
            return (nameof(Speaker), "No person has this slug.");
        }
        quote.Text = Text;
        quote.Block = place.Block;
        quote.Offset = place.Offset;
        quote.IsFragment = IsFragment;
        quote.Speaker = speaker;
        quote.SpeakerId = speaker?.Id;
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
