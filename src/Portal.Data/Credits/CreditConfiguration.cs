using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Credits;

internal sealed class ImageConfiguration : IEntityTypeConfiguration<Image>
{
    public void Configure(EntityTypeBuilder<Image> image)
    {
        image.Property(i => i.Caption).HasMaxLength(Image.CaptionMaxLength);
        image.Property(i => i.AltText).HasMaxLength(Image.AltTextMaxLength);
        image.Property(i => i.FileName).HasMaxLength(Image.FileNameMaxLength);
        image.HasMany(i => i.Credits).WithOne().HasForeignKey(c => c.ImageId).OnDelete(DeleteBehavior.Cascade);
        image.Ignore(i => i.CreditLine);
    }
}

internal sealed class ImageCreditConfiguration : IEntityTypeConfiguration<ImageCredit>
{
    public void Configure(EntityTypeBuilder<ImageCredit> credit)
    {
        credit.ToTable("ImageCredits");
        credit.HasKey(c => new { c.ImageId, c.Position });
        credit.HasIndex(c => new { c.ImageId, c.AgencyId }).IsUnique();
        credit.HasIndex(c => c.AgencyId);
        credit.HasOne(c => c.Agency).WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        credit.ToTable(t => t.HasCheckConstraint("CK_ImageCredits_Position", "\"Position\" >= 0"));
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.HasIndex(a => a.Slug).IsUnique();
        agency.HasIndex(a => a.Name).IsUnique();
        agency.Property(a => a.Slug).HasMaxLength(Agency.SlugMaxLength);
        agency.Property(a => a.Name).HasMaxLength(Agency.NameMaxLength);
    }
}
