using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.HasIndex(o => o.Slug).IsUnique();
        organisation.Property(o => o.Slug).HasMaxLength(Organisation.SlugMaxLength);
        organisation.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
    }
}
