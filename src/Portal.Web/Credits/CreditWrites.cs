using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Credits;

namespace Portal.Web.Credits;

/// <summary>The writes on agencies and photos that the API, the newsroom forms and the article review share.</summary>
public static class CreditWrites
{
    /// <summary>The new agency, added to the context; null when an agency has its slug already.</summary>
    public static async Task<Agency?> AddAgencyAsync(PortalDbContext db, NewAgencyInput input, CancellationToken cancellationToken)
    {
        var slug = input.ChosenSlug;
        if (await db.Agencies.AnyAsync(a => a.Slug == slug, cancellationToken))
        {
            return null;
        }
        var agency = new Agency { Slug = slug, Name = input.Name.Trim() };
        db.Agencies.Add(agency);
        return agency;
    }

    public static void Rename(Agency agency, AgencyInput input) => agency.Name = input.Name.Trim();

    /// <summary>Why the agency cannot be deleted (photos credit it), or null when none does.</summary>
    public static async Task<string?> WhyAgencyNotDeletableAsync(PortalDbContext db, int agencyId, CancellationToken cancellationToken)
    {
        var photos = await db.Images.CountAsync(i => i.Credits.Any(c => c.AgencyId == agencyId), cancellationToken);
        return photos == 0 ? null : $"{photos} photo(s) credit this agency; change their credits first.";
    }

    /// <summary>Why the photo cannot be deleted (an article shows it), or null when none does.</summary>
    public static async Task<string?> WhyImageNotDeletableAsync(PortalDbContext db, int imageId, CancellationToken cancellationToken) =>
        await db.ArticleBlocks.AnyAsync(b => b.ImageId == imageId, cancellationToken)
            ? "The photo is in an article; remove it from the articles that show it first."
            : null;

    /// <summary>
    /// Sets the fields and the credit chain, reusing known agencies by slug and adding new ones. Call it
    /// inside a transaction: a changed chain is saved in two steps.
    /// </summary>
    public static async Task DescribeAsync(Image image, ImageInput input, PortalDbContext db, CancellationToken cancellationToken)
    {
        image.Caption = input.Caption.Trim();
        image.AltText = Typed.OrNull(input.AltText);
        image.NoImageAvailable = input.NoImageAvailable;
        var names = input.Credit.Select(a => a.Trim()).ToList();
        var slugs = names.Select(n => Slug.From(n, Agency.SlugMaxLength)).ToList();
        var known = await db.Agencies.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, cancellationToken);
        var chain = new List<Agency>();
        foreach (var (name, slug) in names.Zip(slugs))
        {
            if (!known.TryGetValue(slug, out var agency))
            {
                agency = new Agency { Slug = slug, Name = name };
                known[slug] = agency;
            }
            if (!chain.Contains(agency))
            {
                chain.Add(agency);
            }
        }
        if (image.Credits.OrderBy(c => c.Position).Select(c => c.Agency).SequenceEqual(chain))
        {
            return;
        }
        // Credits are keyed by position and unique per agency: a reordered chain cannot be rewritten row by
        // row, so the old chain goes first, in the caller's transaction.
        if (image.Credits.Count > 0)
        {
            image.Credits.Clear();
            await db.SaveChangesAsync(cancellationToken);
        }
        image.Credits.AddRange(chain.Select((agency, position) => new ImageCredit { Position = position, Agency = agency }));
    }
}
