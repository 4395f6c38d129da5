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

public enum ReviewOutcome
{
    Saved,
    /// <summary>A field was refused; its message is in the model state and nothing was saved.</summary>
    Refused,
    /// <summary>Someone saved a quote, person or photo of the form since it was read; nothing was saved.</summary>
    ChangedMeanwhile,
}

/// <summary>
/// Settles the review of what the importer read, in one transaction: each quote's source, the names and titles of the
/// people in the story (editors only: people are shared by every story), and each photo's caption, alt text, credit and
/// file. Nothing is saved while any field is refused; files stored for a save that does not happen are removed again.
/// </summary>
public sealed class ReviewSettlement(PortalDbContext db, ImageStore store, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Settles the posted review; <c>valid</c> says whether its fields passed their rules (the page checks them under their
    /// names), <c>accept</c> is the "Said by …" button pressed, if any. Refusals go into the model state beside their fields.
    /// </summary>
    public async Task<ReviewOutcome> SettleAsync(Article article, ClaimsPrincipal user, string? accept,
        IReadOnlyList<EditModel.QuoteForm> quotes, IReadOnlyList<EditModel.MentionForm> mentioned, IReadOnlyList<PhotoForm> photos,
        IReadOnlyList<ImageInput> photoInputs, bool valid, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        // Files are checked and stored first: a refused file leaves the form as typed and nothing saved.
        var files = new Dictionary<int, string>();
        for (var i = 0; valid && i < photos.Count; i++)
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
                files[photos[i].Id] = stored.FileName;
            }
        }
        // Files stored for a save that does not happen are removed again.
        void ForgetUploads()
        {
            foreach (var stored in files.Values)
            {
                store.Forget(stored);
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; valid && i < quotes.Count; i++)
        {
            if (article.Quotes.FirstOrDefault(q => q.Id == quotes[i].Id) is not { } quote)
            {
                continue;
            }
            if (quote.Version != quotes[i].Version)
            {
                ForgetUploads();
                return ReviewOutcome.ChangedMeanwhile;
            }
            var input = new QuoteInput { Text = quote.Text, IsFragment = quotes[i].IsFragment };
            // A "Said by …" button gives its quote to that person, whatever its drop-down says.
            var accepted = SpeakerSuggestions.SlugFor(accept, quote.Id);
            var source = accepted is null ? quotes[i].Source : QuoteSourceChoice.PersonPrefix + accepted;
            if (accepted is null && !string.IsNullOrWhiteSpace(quotes[i].NewPerson) && user.IsEditor())
            {
                if (!quotes[i].NewPerson!.Any(char.IsLetter))
                {
                    modelState.AddModelError($"{nameof(EditModel.Quotes)}[{i}].{nameof(EditModel.QuoteForm.NewPerson)}", "Give the person's name in letters.");
                    valid = false;
                    continue;
                }
                // Saved inside this transaction, so the quote can name them; a refused review rolls it back.
                var person = (await PersonWrites.AddAsync(db, new NewPersonInput { Name = quotes[i].NewPerson!.Trim() }, cancellationToken))!;
                audit.Record(user.Identity?.Name, "person.created", person.Slug);
                await db.SaveChangesAsync(cancellationToken);
                source = QuoteSourceChoice.PersonPrefix + person.Slug;
            }
            if ((QuoteSourceChoice.ApplyTo(input, source, quotes[i].UnnamedSource)
                ?? (await QuoteWrites.PlaceAsync(quote, input, article, db, cancellationToken))?.Message) is { } misfit)
            {
                modelState.AddModelError($"{nameof(EditModel.Quotes)}[{i}].{nameof(EditModel.QuoteForm.Source)}", misfit);
                valid = false;
            }
        }
        foreach (var form in valid ? mentioned : [])
        {
            if (article.Mentions.Select(m => m.Person).FirstOrDefault(p => p.Slug == form.Slug) is not { } person)
            {
                continue;
            }
            if (person.Version != form.Version)
            {
                ForgetUploads();
                return ReviewOutcome.ChangedMeanwhile;
            }
            form.ApplyTo(person);
        }
        var images = article.Blocks.Select(b => b.Image).OfType<Data.Credits.Image>().ToList();
        var replaced = new List<string?>();
        for (var i = 0; valid && i < photos.Count; i++)
        {
            if (images.FirstOrDefault(image => image.Id == photos[i].Id) is not { } image)
            {
                continue;
            }
            if (image.Version != photos[i].Version)
            {
                ForgetUploads();
                return ReviewOutcome.ChangedMeanwhile;
            }
            await CreditWrites.DescribeAsync(image, photoInputs[i], db, cancellationToken);
            if (files.TryGetValue(image.Id, out var fileName))
            {
                replaced.Add(image.FileName);
                image.FileName = fileName;
            }
        }
        if (!valid)
        {
            ForgetUploads();
            return ReviewOutcome.Refused;
        }
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(user.Identity?.Name, "article.reviewed", article.Slug);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        replaced.ForEach(store.Forget);
        return ReviewOutcome.Saved;
    }
}
