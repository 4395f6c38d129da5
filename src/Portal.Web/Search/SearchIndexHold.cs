using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Web.Search;

/// <summary>
/// Saves with the search index held, so that a save writing thousands of paragraphs and quotes rewrites the
/// article's search row once instead of once per row (the triggers of the <c>SearchIndexOncePerSave</c>
/// migrations). The hold is a row inserted and deleted inside the save's transaction: no other transaction
/// ever sees it, and deleting it rewrites every article the save touched before the transaction commits.
/// </summary>
public static class SearchIndexHold
{
    public static async Task SaveChangesIndexedOnceAsync(this PortalDbContext db, CancellationToken cancellationToken, Func<Task>? thenWrite = null)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "ArticleSearchHold" DEFAULT VALUES""", cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (thenWrite is not null)
                {
                    await thenWrite();
                }
            }
            catch
            {
                await ReleaseAfterFailureAsync(db);
                throw;
            }
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ArticleSearchHold" """, cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>A caller that goes on in its own transaction after a failed save must not commit a hold with it.</summary>
    private static async Task ReleaseAfterFailureAsync(PortalDbContext db)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ArticleSearchHold" """);
        }
        catch (Exception)
        {
            // The transaction is already broken and will be rolled back, hold and all.
        }
    }
}
