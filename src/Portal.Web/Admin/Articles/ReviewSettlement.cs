using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
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
/// One settlement serves one request: files attached to a save that is refused are kept for the form's next save by
/// <see cref="KeepAsync"/>, and removed by <see cref="Abandon"/> when the request gives up. A file a save replaced stays
/// in the store: the revision before it names it, and restoring that revision brings it back.
/// </summary>
public sealed class ReviewSettlement(PortalDbContext db, ImageStore store, AuditLog audit, IDataProtectionProvider protection)
{
    /// <summary>How long a file attached to a refused save waits for the form to be saved again.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private readonly ITimeLimitedDataProtector keptFiles = protection.CreateProtector("Portal.Admin.KeptFile").ToTimeLimitedDataProtector();

    /// <summary>Files this request stored, by photo, which are not yet any photo's.</summary>
    private readonly Dictionary<int, string> uploaded = [];

    /// <summary>Files an earlier, refused save stored and its form carried back, by photo.</summary>
    private readonly Dictionary<int, string> kept = [];

    /// <summary>Photos whose attached file this request has read already (stored or refused).</summary>
    private readonly HashSet<int> read = [];

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
            if (uploaded.TryGetValue(image.Id, out var fileName) || kept.TryGetValue(image.Id, out fileName))
            {
                image.FileName = fileName;
            }
            changes.Add("photos");
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

    /// <summary>
    /// The save is refused and the page shown again: the files attached (stored now if they were not yet) go back in
    /// the form, for its next save.
    /// </summary>
    public async Task KeepAsync(IReadOnlyList<PhotoForm> photos, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await StoreFilesAsync(photos, modelState, cancellationToken);
        foreach (var photo in photos)
        {
            photo.KeptFile = uploaded.TryGetValue(photo.Id, out var file) || kept.TryGetValue(photo.Id, out file) ? keptFiles.Protect(file, KeptFor) : null;
        }
        uploaded.Clear();
    }

    /// <summary>Removes the files this request stored, when it gives up without showing the form again.</summary>
    public void Abandon()
    {
        foreach (var file in uploaded.Values)
        {
            store.Forget(file);
        }
        uploaded.Clear();
        read.Clear();
    }

    /// <summary>The save happened: the files it stored are the photos' now.</summary>
    public void Complete()
    {
        uploaded.Clear();
        kept.Clear();
    }

    /// <summary>The stored file a kept-file token names; null when it was forged, is too old, or the file is gone.</summary>
    private string? KeptFileName(string token)
    {
        try
        {
            var name = keptFiles.Unprotect(token);
            return store.Holds(name) ? name : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

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

    /// <summary>
    /// Checks and stores the attached files first, and takes back those a refused save kept: a refused file leaves the
    /// form as typed and nothing saved.
    /// </summary>
    private async Task<bool> StoreFilesAsync(IReadOnlyList<PhotoForm> photos, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var valid = true;
        for (var i = 0; i < photos.Count; i++)
        {
            if (!read.Add(photos[i].Id))
            {
                continue;
            }
            if (photos[i].File is not { Length: > 0 } file)
            {
                if (photos[i].KeptFile is { } token && !kept.ContainsKey(photos[i].Id))
                {
                    if (KeptFileName(token) is { } name)
                    {
                        kept[photos[i].Id] = name;
                    }
                    else
                    {
                        modelState.AddModelError($"{nameof(EditModel.Photos)}[{i}].{nameof(PhotoForm.File)}",
                            "The file attached before could not be kept (it waits a day at most): attach it again.");
                        photos[i].KeptFile = null;
                        valid = false;
                    }
                }
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
