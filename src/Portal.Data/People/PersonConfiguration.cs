using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.HasIndex(p => p.Slug).IsUnique();
        person.Property(p => p.Slug).HasMaxLength(Person.SlugMaxLength);
        person.Property(p => p.Name).HasMaxLength(Person.NameMaxLength);
        person.Property(p => p.Title).HasMaxLength(Person.TitleMaxLength);
        person.Property(p => p.Organisation).HasMaxLength(Person.OrganisationMaxLength);
        person.Property(p => p.Description).HasMaxLength(Person.DescriptionMaxLength);
        person.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> alias)
    {
        alias.HasIndex(a => new { a.PersonId, a.Text }).IsUnique();
        alias.Property(a => a.Text).HasMaxLength(PersonAlias.MaxLength);
    }
}
