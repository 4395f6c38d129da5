using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Data.Credits;
using Portal.Data.Organisations;
using Portal.Data.People;
using Portal.Data.Quotes;

using Portal.Web.Articles;

namespace Portal.Web.Imports;

/// <summary>What the importer reads: the copy, and the headline when one was given (else it proposes one from the copy).</summary>
public sealed record WireImportRequest(string? Text, string? Headline);

/// <summary>The draft article (null when the copy had errors) and everything the parser understood or doubted.</summary>
public sealed record WireImportResult(Article? Article, WireDraft Draft);

/// <summary>
/// Turns wire copy into a draft article in the store: reuses the people and agencies it already knows,
/// proposes new ones, and links every quote to its paragraph and speaker. It adds to the context and
/// leaves saving to the caller, so the import and whatever the caller adds land in one transaction.
/// </summary>
public sealed class WireImporter(PortalDbContext db, TimeProvider clock)
{
    /// <summary>A new draft article from the copy, added to the context (not saved).</summary>
    public async Task<WireImportResult> ImportAsync(WireImportRequest request, CancellationToken cancellationToken)
    {
        var result = await BuildAsync(request, cancellationToken);
        if (result.Article is { } article)
        {
            article.Slug = await Slug.UniqueAsync(db.Articles.Select(a => a.Slug), article.Slug, Article.SlugMaxLength, cancellationToken);
            db.Articles.Add(article);
        }
        return result;
    }

    /// <summary>
    /// The article the copy describes, not yet in the context: its blocks, quotes and mentions are for the
    /// caller to place, whether in a new article or over an existing one's body. People and agencies the
    /// store does not know yet are added to the context. The slug is only the headline's, not yet unique.
    /// </summary>
    public async Task<WireImportResult> BuildAsync(WireImportRequest request, CancellationToken cancellationToken)
    {
        var draft = WireParser.Parse(request.Text, request.Headline, await KnownPeopleAsync(cancellationToken));
        if (draft.HasErrors)
        {
            return new(null, draft);
        }

        var photos = await PhotosFor(draft, cancellationToken);
        var missing = draft.Blocks.Select((block, index) => (block.PhotoId, Number: index + 1))
            .Where(b => b.PhotoId is { } id && !photos.ContainsKey(id))
            .Select(b => new ImportProblem("unknown-photo", $"There is no photo {b.PhotoId} in the library.", b.Number, IsError: true))
            .ToList();
        if (missing.Count > 0)
        {
            return new(null, draft with { Problems = [.. draft.Problems, .. missing] });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var people = await PeopleFor(draft, cancellationToken);
        var blocks = await BlocksFor(draft, photos, cancellationToken);
        var article = new Article
        {
            Slug = Slug.From(draft.Headline, Article.SlugMaxLength),
            Headline = draft.Headline,
            Dateline = draft.Dateline,
            Bylines = draft.Byline.Select((name, position) => new ArticleByline { Position = position, Name = name, Slug = ArticleByline.SlugOf(name) }).ToList(),
            Status = ArticleStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Blocks = blocks,
            Mentions = people.Select((person, position) => new ArticleMention { Person = person, Position = position }).ToList(),
        };
        var organisations = await OrganisationsFor(draft, cancellationToken);
        article.Quotes = draft.Quotes.Select((proposal, position) =>
        {
            var quote = new Quote
            {
                Article = article,
                Block = blocks[proposal.BlockIndex],
                Offset = proposal.Offset,
                Position = position,
                Text = proposal.Text,
                IsFragment = proposal.IsFragment,
                Proposal = WireBlocks.Shorten(Described(draft, proposal), Quote.ProposalMaxLength - 1),
                ProposalConfidence = proposal.Confidence,
            };
            switch (proposal.SourceKind)
            {
                case QuoteSourceKind.Person when proposal.Speaker is { } speaker:
                    quote.AttributeTo(people[speaker]);
                    break;
                case QuoteSourceKind.Organisation:
                    quote.AttributeTo(organisations[Slug.From(proposal.SourceName!, Organisation.SlugMaxLength)]);
                    break;
                case QuoteSourceKind.Unnamed:
                    quote.AttributeToUnnamed(proposal.SourceName!);
                    break;
                case QuoteSourceKind.NotSpeech:
                    quote.MarkNotSpeech();
                    break;
            }
            return quote;
        }).ToList();
        return new(article, draft);
    }

    /// <summary>The organisations the draft quotes, by slug: those the store has, and new ones added to the context.</summary>
    private async Task<Dictionary<string, Organisation>> OrganisationsFor(WireDraft draft, CancellationToken cancellationToken)
    {
        var named = draft.Quotes.Where(q => q.SourceKind == QuoteSourceKind.Organisation)
            .Select(q => q.SourceName!).DistinctBy(name => Slug.From(name, Organisation.SlugMaxLength)).ToList();
        if (named.Count == 0)
        {
            return [];
        }
        var slugs = named.Select(name => Slug.From(name, Organisation.SlugMaxLength)).ToList();
        var organisations = await db.Organisations.Where(o => slugs.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, cancellationToken);
        foreach (var (name, slug) in named.Zip(slugs).Where(pair => !organisations.ContainsKey(pair.Second)))
        {
            var created = new Organisation { Slug = slug, Name = name };
            db.Organisations.Add(created);
            organisations[slug] = created;
        }
        return organisations;
    }

    /// <summary>The people in the store, as the parser recognises them.</summary>
    public Task<List<KnownPerson>> KnownPeopleAsync(CancellationToken cancellationToken) =>
        db.People.AsNoTracking()
            .Select(p => new KnownPerson(p.Id, p.Name, p.Title, p.Aliases.Select(a => a.Text).ToList()))
            .ToListAsync(cancellationToken);

    /// <summary>The importer's proposal as the review shows it: "Mike Pompeo, 95% sure: "said Pompeo" in the same sentence".</summary>
    private static string Described(WireDraft draft, DraftQuote proposal) =>
        Proposed(draft, proposal) is { } source
            ? $"{source}, {(int)Math.Round(proposal.Confidence * 100)}% sure: {proposal.Reason}"
            : $"left open: {proposal.Reason}";

    private static string? Proposed(WireDraft draft, DraftQuote proposal) => proposal.SourceKind switch
    {
        QuoteSourceKind.Person => draft.People[proposal.Speaker!.Value].Name,
        QuoteSourceKind.Organisation => proposal.SourceName,
        QuoteSourceKind.Unnamed => $"an unnamed source, \"{proposal.SourceName}\"",
        QuoteSourceKind.NotSpeech => "not speech",
        _ => null,
    };

    private async Task<List<Person>> PeopleFor(WireDraft draft, CancellationToken cancellationToken)
    {
        var existingIds = draft.People.Where(p => p.ExistingId is not null).Select(p => p.ExistingId!.Value).ToList();
        var existing = await db.People.Where(p => existingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        // One query finds which wanted slugs are taken, so a story naming a thousand new people asks for the
        // numbered alternatives of the few that clash only.
        var wanted = draft.People.Where(p => p.ExistingId is null).Select(p => Slug.From(p.Name, Person.SlugMaxLength)).ToList();
        var taken = (await db.People.Where(p => wanted.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var reserved = new HashSet<string>();
        var people = new List<Person>();
        foreach (var person in draft.People)
        {
            if (person.ExistingId is { } id)
            {
                people.Add(existing[id]);
                continue;
            }
            var slug = Slug.From(person.Name, Person.SlugMaxLength);
            if (taken.Contains(slug) || reserved.Contains(slug))
            {
                slug = await Slug.UniqueAsync(db.People.Select(p => p.Slug), slug, Person.SlugMaxLength, cancellationToken, reserved);
            }
            reserved.Add(slug);
            var created = new Person
            {
                Slug = slug,
                Name = person.Name,
                Title = person.Title is { Length: <= Person.TitleMaxLength } ? person.Title : null,
                Aliases = person.Aliases.Where(a => a.Length <= PersonAlias.MaxLength).Select(a => new PersonAlias { Text = a }).ToList(),
            };
            db.People.Add(created);
            people.Add(created);
        }
        return people;
    }

    /// <summary>The library photos the body names, tracked, by id.</summary>
    private async Task<Dictionary<int, Image>> PhotosFor(WireDraft draft, CancellationToken cancellationToken)
    {
        var ids = draft.Blocks.Select(b => b.PhotoId).OfType<int>().Distinct().ToList();
        return ids.Count == 0
            ? []
            : await db.Images.Include(i => i.Credits).ThenInclude(c => c.Agency)
                .Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    private async Task<List<ArticleBlock>> BlocksFor(WireDraft draft, Dictionary<int, Image> photos, CancellationToken cancellationToken)
    {
        var names = draft.Blocks.SelectMany(b => b.Credit).ToList();
        var slugs = names.Select(n => Slug.From(n, Agency.SlugMaxLength)).Distinct().ToList();
        var agencies = await db.Agencies.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, cancellationToken);
        Agency AgencyNamed(string name)
        {
            var slug = Slug.From(name, Agency.SlugMaxLength);
            if (!agencies.TryGetValue(slug, out var agency))
            {
                agency = new Agency { Slug = slug, Name = name };
                agencies[slug] = agency;
                db.Agencies.Add(agency);
            }
            return agency;
        }

        return draft.Blocks.Select((block, position) => block.PhotoId is { } photo
            ? ArticleBlock.Figure(position, photos[photo])
            : block.IsFigure
            ? ArticleBlock.Figure(position, new Image
            {
                Caption = block.Caption!,
                Credits = block.Credit.Select((name, order) => new ImageCredit { Position = order, Agency = AgencyNamed(name) }).ToList(),
            })
            : ArticleBlock.Paragraph(position, block.Text!)).ToList();
    }
}
