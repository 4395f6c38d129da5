using Portal.Data;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>
/// Adds entries to the audit log in the caller's unit of work, so an entry is saved with the change it
/// records, or not at all. Every entry also goes to the application log as a security event.
/// </summary>
public sealed class AuditLog(PortalDbContext db, TimeProvider clock, ILogger<AuditLog> logger)
{
    public void Record(string? actor, string action, string? subject)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            Subject = subject is { Length: > AuditEntry.SubjectMaxLength } ? subject[..AuditEntry.SubjectMaxLength] : subject,
        });
        logger.LogInformation("Audit {Action} by {Actor} on {Subject}", action, actor ?? "(nobody)", subject);
    }

    /// <summary>Records and saves at once, for events that change nothing else (a login, a failed login).</summary>
    public async Task RecordNowAsync(string? actor, string action, string? subject, CancellationToken cancellationToken)
    {
        Record(actor, action, subject);
        await db.SaveChangesAsync(cancellationToken);
    }
}
