using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Data.Quotes;
using Portal.Web.Credits;

namespace Portal.Web.Articles;

/// <summary>
/// A revision's quote sources and photo descriptions, ready to be put back on the article after its text was restored:
/// each record finds its quote by its words (in order) and its photo by its record or, failing that, by caption and
/// credit. A quote or photo the restored text no longer has is passed over, and so is a person or organisation that
/// has since been deleted, or a file no longer stored.
/// </summary>
public sealed class KeptRecords
{
    private readonly RevisionRecords _records;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Organisation> _organisations;
    private readonly ImageStore _store;

    private KeptRecords(RevisionRecords records, Dictionary<string, Person> people, Dictionary<string, Organisation> organisations, ImageStore store) =>
        (_records, _people, _organisations, _store) = (records, people, organisations, store);

    /// <summary>The records with the people and organisations they name, tracked; null for a revision that kept none.</summary>
    public static async Task<KeptRecords?> LoadAsync(ArticleRevision revision, PortalDbContext db, ImageStore store, CancellationToken cancellationToken)
    {
        if (revision.Kept is not { } records)
        {
            return null;
        }
        var slugs = records.Quotes.Select(q => q.Slug).OfType<string>().Distinct().ToList();
        var people = await db.People.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var organisations = await db.Organisations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        return new(records, people, organisations, store);
    }

    public void ApplyTo(Article article)
    {
        var quotes = article.Quotes.OrderBy(q => q.Position).ToList();
        var next = 0;
        foreach (var record in _records.Quotes)
        {
            var at = quotes.FindIndex(next, record.IsOf);
            if (at >= 0)
            {
                Settle(quotes[at], record);
                next = at + 1;
            }
        }
        var images = article.Blocks.Select(b => b.Image).OfType<Image>().ToList();
        foreach (var record in _records.Photos)
        {
            var image = images.FirstOrDefault(i => i.Id != 0 && i.Id == record.ImageId)
                ?? images.FirstOrDefault(i => i.Caption == record.Caption && i.CreditLine == record.Credit);
            if (image is null)
            {
                continue;
            }
            image.AltText = record.AltText;
            image.NoImageAvailable = record.NoImageAvailable;
            if (record.FileName is null || _store.Holds(record.FileName))
            {
                image.FileName = record.FileName;
            }
        }
    }

    private void Settle(Quote quote, QuoteRecord record)
    {
        switch (record.Kind)
        {
            case QuoteSourceKind.Person when record.Slug is { } slug && _people.TryGetValue(slug, out var person):
                quote.AttributeTo(person);
                break;
            case QuoteSourceKind.Organisation when record.Slug is { } slug && _organisations.TryGetValue(slug, out var organisation):
                quote.AttributeTo(organisation);
                break;
            case QuoteSourceKind.Unnamed when record.Source is { } description:
                quote.AttributeToUnnamed(description);
                break;
            case QuoteSourceKind.NotSpeech:
                quote.MarkNotSpeech();
                break;
            case QuoteSourceKind.Open:
                quote.LeaveOpen();
                break;
        }
    }
}
