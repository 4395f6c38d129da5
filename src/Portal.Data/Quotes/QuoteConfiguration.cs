using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Quotes;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> quote)
    {
        quote.Property(q => q.Text).HasMaxLength(Quote.TextMaxLength);
        quote.HasIndex(q => new { q.ArticleId, q.Position }).IsUnique();
        quote.HasIndex(q => q.SpeakerId);
        quote.HasOne(q => q.Block).WithMany().HasForeignKey(q => q.BlockId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a person keeps their quotes, unattributed, for an editor to reassign.
        quote.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        quote.ToTable(t => t.HasCheckConstraint("CK_Quotes_Offset", "\"Offset\" >= 0"));
    }
}
