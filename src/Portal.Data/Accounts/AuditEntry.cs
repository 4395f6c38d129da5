namespace Portal.Data.Accounts;

/// <summary>One thing someone did that an administrator may need to account for later. Never updated.</summary>
public class AuditEntry
{
    public const int ActorMaxLength = 256;
    public const int ActionMaxLength = 50;
    public const int SubjectMaxLength = 300;

    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The user's email, or null when nobody was signed in (a failed login names no one).</summary>
    public string? Actor { get; set; }

    /// <summary>What happened, e.g. "login.failed", "article.published", "token.revoked".</summary>
    public required string Action { get; set; }

    /// <summary>What it happened to, in words: an article slug, a token name, an email typed at login.</summary>
    public string? Subject { get; set; }
}
