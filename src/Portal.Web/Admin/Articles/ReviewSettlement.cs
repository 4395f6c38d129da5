using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Web.Accounts;
using Portal.Web.Admin.Photos;
using Portal.Web.Admin.Quotes;
using Portal.Web.Articles;
using Portal.Web.Credits;
using Portal.Web.People;
using Portal.Web.Quotes;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// What settling the review did: whether it may be saved, what it changed (in words for the revision), and for each
/// quote taken from the person it was given to, the correction a published story would print.
/// </summary>
public sealed record ReviewOutcome(bool Refused, bool ChangedMeanwhile, IReadOnlyList<string> Changes, IReadOnlyList<string> Reattributions);

/// <summary>
/// Settles what the editor page posts beside the text, inside the caller's transaction and before the text is saved:
/// each quote's source, the names and titles of the people in the story (editors only: people are shared by every
/// story), and each photo's caption, alt text, credit and file. Only records the editor touched are written. A record
/// someone else changed meanwhile, which the editor changed differently, is not written: the page shows it with both.
/// One settlement serves one request: files stored for a save that does not happen are removed by
/// <see cref="Abandon"/>. A file a save replaced stays in the store: the revision before it names it, and restoring that
/// revision brings it back.
/// </summary>
public sealed class ReviewSettlement(PortalDbContext db, ImageStore store, AuditLog audit)
{
    private readonly Dictionary<int, string> uploaded = [];

    /// <summary>
    /// Applies the posted review, whose fields passed their rules, to the tracked article. Refusals go into the model
    /// state beside their fields.
    /// </summary>
    public async Task<ReviewOutcome> SettleAsync(Article article, ClaimsPrincipal user, ReviewPost post, ModelStateDictionary modelState,
        CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        var reattributions = new List<string>();
        var meanwhile = false;
        var valid = await StoreFilesAsync(post.Photos, modelState, cancellationToken);
        for (var i = 0; valid && i < post.Quotes.Count; i++)
        {
            var form = post.Quotes[i];
            if (article.Quotes.FirstOrDefault(q => q.Id == form.Id) is not { } quote)
            {
                continue;
            }
            // A "Said by …" button gives its quote to that person, whatever its drop-down says.
            var accepted = SpeakerSuggestions.SlugFor(post.Accept, quote.Id);
            if (accepted is not null)
            {
                (form.Source, form.NewPerson) = (QuoteSourceChoice.PersonPrefix + accepted, null);
            }
            if (!Fingerprints.IsTouched(form) || Collides(form, QuoteReview.From(quote), ref meanwhile))
            {
                continue;
            }
            var source = form.Source;
            if (!string.IsNullOrWhiteSpace(form.NewPerson) && user.IsEditor())
            {
                if (!form.NewPerson.Any(char.IsLetter))
                {
                    modelState.AddModelError($"{nameof(EditModel.Quotes)}[{i}].{nameof(QuoteReview.NewPerson)}", "Give the person's name in letters.");
                    valid = false;
                    continue;
                }
                // Saved inside the caller's transaction, so the quote can name them; a refused save rolls it back.
                var person = (await PersonWrites.AddAsync(db, new NewPersonInput { Name = form.NewPerson.Trim() }, cancellationToken))!;
                audit.Record(user.Identity?.Name, "person.created", person.Slug);
                await db.SaveChangesAsync(cancellationToken);
                source = QuoteSourceChoice.PersonPrefix + person.Slug;
            }
            var input = new QuoteInput { Text = quote.Text, IsFragment = form.IsFragment };
            var speaker = quote.Speaker?.Name;
            if ((QuoteSourceChoice.ApplyTo(input, source, form.UnnamedSource)
                ?? (await QuoteWrites.PlaceAsync(quote, input, article, db, cancellationToken))?.Message) is { } misfit)
            {
                modelState.AddModelError($"{nameof(EditModel.Quotes)}[{i}].{nameof(QuoteReview.Source)}", misfit);
                valid = false;
            }
            changes.Add("quote sources");
            if (speaker is not null && quote.Speaker?.Name != speaker)
            {
                reattributions.Add(Reattribution(quote, speaker));
            }
        }
        foreach (var form in valid && user.IsEditor() ? post.Mentioned : [])
        {
            if (article.Mentions.Select(m => m.Person).FirstOrDefault(p => p.Slug == form.Slug) is { } person
                && Fingerprints.IsTouched(form) && !Collides(form, MentionReview.From(person), ref meanwhile))
            {
                form.ApplyTo(person);
                changes.Add("people");
            }
        }
        var images = article.Blocks.Select(b => b.Image).OfType<Data.Credits.Image>().ToList();
        foreach (var form in valid ? post.Photos : [])
        {
            if (images.FirstOrDefault(image => image.Id == form.Id) is not { } image
                || !Fingerprints.IsTouched(form) || Collides(form, PhotoForm.From(image), ref meanwhile))
            {
                continue;
            }
            await CreditWrites.DescribeAsync(image, form.ToInput(), db, cancellationToken);
            if (uploaded.TryGetValue(image.Id, out var fileName))
            {
                image.FileName = fileName;
            }
            changes.Add("photos");
        }
        if (!valid || meanwhile)
        {
            Abandon();
        }
        return new(!valid, meanwhile, changes.Distinct().ToList(), reattributions);
    }

    /// <summary>The correction a published story prints when a quote is taken from the person it was given to.</summary>
    private static string Reattribution(Data.Quotes.Quote quote, string speaker)
    {
        var words = quote.Text.Length <= 80 ? quote.Text : string.Concat(quote.Text.AsSpan(0, 77), "…");
        var now = quote.SourceName is { } source ? $"The words were {source}'s." : "The words were not theirs.";
        return $"An earlier version of this story attributed the quote “{words.TrimEnd(',', ' ')}” to {speaker}. {now}";
    }

    /// <summary>Removes the files this request stored, when its save does not happen.</summary>
    public void Abandon()
    {
        foreach (var file in uploaded.Values)
        {
            store.Forget(file);
        }
        uploaded.Clear();
    }

    /// <summary>The save happened: the files it stored are the photos' now.</summary>
    public void Complete() => uploaded.Clear();

    /// <summary>
    /// True when someone else saved the record since the page was read and the editor's change differs from theirs:
    /// the form then carries the record's version now, so saving it again keeps the editor's change.
    /// </summary>
    private static bool Collides(IReviewedRecord mine, IReviewedRecord now, ref bool meanwhile)
    {
        if (mine.Version == now.Version || mine.Fingerprint() == now.Fingerprint())
        {
            return false;
        }
        (mine.Version, mine.Opened, mine.ChangedMeanwhile) = (now.Version, now.Opened, true);
        meanwhile = true;
        return true;
    }

    /// <summary>Checks and stores the attached files first: a refused file leaves the form as typed and nothing saved.</summary>
    private async Task<bool> StoreFilesAsync(IReadOnlyList<PhotoForm> photos, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var valid = true;
        for (var i = 0; i < photos.Count; i++)
        {
            if (photos[i].File is not { Length: > 0 } file)
            {
                continue;
            }
            await using var upload = file.OpenReadStream();
            var stored = await store.SaveAsync(upload, cancellationToken);
            if (stored.FileName is null)
            {
                modelState.AddModelError($"{nameof(EditModel.Photos)}[{i}].{nameof(PhotoForm.File)}", stored.Error!);
                valid = false;
            }
            else
            {
                uploaded[photos[i].Id] = stored.FileName;
            }
        }
        return valid;
    }
}
