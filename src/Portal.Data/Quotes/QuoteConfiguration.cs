using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Quotes;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    private const string OneSource = "(CASE WHEN \"SpeakerId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"OrganisationId\" IS NULL THEN 0 ELSE 1 END)"
        + " + (CASE WHEN \"UnnamedSource\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"IsNotSpeech\" THEN 1 ELSE 0 END) <= 1";

    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.Property(q => q.Text).HasMaxLength(Quote.TextMaxLength);
        quote.HasIndex(q => new { q.ArticleId, q.Position }).IsUnique();
        quote.HasIndex(q => q.SpeakerId);
        quote.HasOne(q => q.Block).WithMany().HasForeignKey(q => q.BlockId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a person keeps their quotes, unattributed, for an editor to reassign.
        quote.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        quote.HasIndex(q => q.OrganisationId);
        quote.HasOne(q => q.Organisation).WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        quote.Property(q => q.UnnamedSource).HasMaxLength(Quote.UnnamedSourceMaxLength);
        quote.Property(q => q.Proposal).HasMaxLength(Quote.ProposalMaxLength);
        quote.Ignore(q => q.SourceKind);
        quote.Ignore(q => q.IsSettled);
        quote.Ignore(q => q.SourceName);
        quote.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Quotes_Offset", "\"Offset\" >= 0");
            t.HasCheckConstraint("CK_Quotes_OneSource", OneSource);
        });
    }
}
