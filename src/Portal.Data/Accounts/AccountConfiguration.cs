using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Accounts;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> user) =>
        user.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength);
}

internal sealed class AuthorProfileConfiguration : IEntityTypeConfiguration<AuthorProfile>
{
    public void Configure(EntityTypeBuilder<AuthorProfile> profile)
    {
        profile.HasKey(p => p.UserId);
        profile.HasIndex(p => p.Slug).IsUnique();
        profile.Property(p => p.Slug).HasMaxLength(Articles.ArticleByline.NameMaxLength);
        profile.Property(p => p.Name).HasMaxLength(Articles.ArticleByline.NameMaxLength);
        profile.Property(p => p.Role).HasMaxLength(AuthorProfile.RoleMaxLength);
        profile.Property(p => p.Bio).HasMaxLength(AuthorProfile.BioMaxLength);
        profile.HasOne<PortalUser>().WithOne().HasForeignKey<AuthorProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasIndex(t => t.UserId);
        token.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        token.Property(t => t.Hash).HasMaxLength(ApiToken.HashLength);
        token.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => e.At);
        entry.Property(e => e.Actor).HasMaxLength(AuditEntry.ActorMaxLength);
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        entry.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
    }
}
