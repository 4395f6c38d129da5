using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.People;
using Portal.Data.Quotes;

namespace Portal.Web.Quotes;

/// <summary>The write on quotes that the API, the quote form and the article review share.</summary>
public static class QuoteWrites
{
    /// <summary>
    /// Places the quote where its words stand in the article's paragraphs and sets its source; a speaker then
    /// counts as mentioned. Returns the field and message of the first thing that does not fit, or null.
    /// </summary>
    public static async Task<(string Field, string Message)?> PlaceAsync(Quote quote, QuoteInput input, Article article, PortalDbContext db, CancellationToken cancellationToken)
    {
        var place = article.Blocks.Where(b => b.Text is not null).OrderBy(b => b.Position)
            .Select(b => (Block: b, Offset: b.Text!.IndexOf(input.Text, StringComparison.Ordinal)))
            .FirstOrDefault(p => p.Offset >= 0);
        if (place.Block is null)
        {
            return (nameof(QuoteInput.Text), "These words are not in the article's paragraphs; quote them exactly.");
        }
        var unnamed = Typed.OrNull(input.UnnamedSource);
        if ((input.Speaker is null ? 0 : 1) + (input.Organisation is null ? 0 : 1) + (unnamed is null ? 0 : 1) + (input.IsNotSpeech ? 1 : 0) > 1)
        {
            return (nameof(QuoteInput.Speaker), "Give one source at most: a speaker, an organisation, an unnamed source, or not speech.");
        }
        Person? speaker = null;
        if (input.Speaker is not null && (speaker = await db.People.FirstOrDefaultAsync(p => p.Slug == input.Speaker, cancellationToken)) is null)
        {
            return (nameof(QuoteInput.Speaker), "No person has this slug.");
        }
        Data.Organisations.Organisation? organisation = null;
        if (input.Organisation is not null && (organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == input.Organisation, cancellationToken)) is null)
        {
            return (nameof(QuoteInput.Organisation), "No organisation has this slug.");
        }
        quote.Text = input.Text;
        quote.Block = place.Block;
        quote.Offset = place.Offset;
        quote.IsFragment = input.IsFragment;
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
        else if (input.IsNotSpeech)
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
