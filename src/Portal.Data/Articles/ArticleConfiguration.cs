using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.HasIndex(a => a.Slug).IsUnique();
        article.HasIndex(a => new { a.Status, a.PublishedAt });
        article.HasIndex(a => new { a.Status, a.Id }); // the newsroom's list of one status, newest first
        article.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        article.Property(a => a.Kicker).HasMaxLength(Article.KickerMaxLength);
        article.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        article.Property(a => a.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        article.Property(a => a.Dateline).HasMaxLength(Article.DatelineMaxLength);
        article.Property(a => a.Section).HasMaxLength(Article.SectionMaxLength);
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(12);
        article.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Articles_Status", "\"Status\" IN ('Draft', 'Scheduled', 'Published')");
            t.HasCheckConstraint("CK_Articles_PublishedHasTime", "\"Status\" = 'Draft' OR \"PublishedAt\" IS NOT NULL");
        });

        article.HasMany(a => a.Blocks).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Bylines).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Corrections).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany<FormerSlug>().WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.HasIndex(c => c.At); // the corrections page and its feed, newest first
        correction.HasIndex(c => c.ArticleId);
        correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        correction.Property(c => c.Text).HasMaxLength(Correction.TextMaxLength);
        correction.Property(c => c.Actor).HasMaxLength(ArticleRevision.ActorMaxLength);
        correction.ToTable(t => t.HasCheckConstraint("CK_Corrections_Kind", "\"Kind\" IN ('Correction', 'Clarification')"));
    }
}

internal sealed class FormerSlugConfiguration : IEntityTypeConfiguration<FormerSlug>
{
    public void Configure(EntityTypeBuilder<FormerSlug> former)
    {
        former.HasKey(f => f.Slug);
        former.Property(f => f.Slug).HasMaxLength(Article.SlugMaxLength);
        former.HasIndex(f => f.ArticleId);
    }
}

internal sealed class ArticleBlockConfiguration : IEntityTypeConfiguration<ArticleBlock>
{
    public void Configure(EntityTypeBuilder<ArticleBlock> block)
    {
        block.HasIndex(b => new { b.ArticleId, b.Position }).IsUnique();
        block.Property(b => b.Kind).HasConversion<string>().HasMaxLength(12);
        block.Property(b => b.Text).HasMaxLength(ArticleBlock.TextMaxLength);
        block.HasOne(b => b.Image).WithMany().HasForeignKey(b => b.ImageId).OnDelete(DeleteBehavior.Restrict);
        block.ToTable(t => t.HasCheckConstraint(
            "CK_ArticleBlocks_Shape",
            "(\"Kind\" = 'Paragraph' AND \"Text\" IS NOT NULL AND \"ImageId\" IS NULL) OR " +
            "(\"Kind\" = 'Figure' AND \"ImageId\" IS NOT NULL AND \"Text\" IS NULL)"));
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> tag)
    {
        tag.ToTable("ArticleTags");
        tag.HasKey(t => new { t.ArticleId, t.Slug });
        tag.HasIndex(t => t.Slug);
        tag.Property(t => t.Name).HasMaxLength(ArticleTag.MaxLength);
        tag.Property(t => t.Slug).HasMaxLength(ArticleTag.MaxLength);
    }
}

internal sealed class ArticleBylineConfiguration : IEntityTypeConfiguration<ArticleByline>
{
    public void Configure(EntityTypeBuilder<ArticleByline> byline)
    {
        byline.ToTable("ArticleBylines");
        byline.HasKey(b => new { b.ArticleId, b.Position });
        byline.HasIndex(b => b.Slug); // an agency's or a writer's stories
        byline.Property(b => b.Name).HasMaxLength(ArticleByline.NameMaxLength);
        byline.Property(b => b.Slug).HasMaxLength(ArticleByline.NameMaxLength);
    }
}

internal sealed class ArticleMentionConfiguration : IEntityTypeConfiguration<ArticleMention>
{
    public void Configure(EntityTypeBuilder<ArticleMention> mention)
    {
        mention.ToTable("ArticleMentions");
        mention.HasKey(m => new { m.ArticleId, m.PersonId });
        mention.HasIndex(m => m.PersonId);
        mention.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.Property(r => r.Actor).HasMaxLength(ArticleRevision.ActorMaxLength);
        revision.Property(r => r.Change).HasMaxLength(ArticleRevision.ChangeMaxLength);
        revision.ComplexProperty(r => r.Text, text =>
        {
            // The columns keep the names they had before the text was one value.
            text.Property(t => t.Kicker).HasColumnName("Kicker").HasMaxLength(Article.KickerMaxLength);
            text.Property(t => t.Headline).HasColumnName("Headline").HasMaxLength(Article.HeadlineMaxLength);
            text.Property(t => t.Standfirst).HasColumnName("Standfirst").HasMaxLength(Article.StandfirstMaxLength);
            text.Property(t => t.Byline).HasColumnName("Byline").HasMaxLength(ArticleRevision.BylineMaxLength);
            text.Property(t => t.Dateline).HasColumnName("Dateline").HasMaxLength(Article.DatelineMaxLength);
            text.Property(t => t.Section).HasColumnName("Section").HasMaxLength(Article.SectionMaxLength);
            text.Property(t => t.Tags).HasColumnName("Tags").HasMaxLength(ArticleRevision.TagsMaxLength);
            text.Property(t => t.Body).HasColumnName("Body").HasMaxLength(ArticleRevision.BodyMaxLength);
            text.Ignore(t => t.Fields);
            text.Ignore(t => t.TagNames);
            text.Ignore(t => t.BylineNames);
        });
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        revision.Property(r => r.Records).HasMaxLength(ArticleRevision.RecordsMaxLength);
    }
}
