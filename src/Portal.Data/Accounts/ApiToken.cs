namespace Portal.Data.Accounts;

/// <summary>
/// A bearer token for the API, acting as the user who created it. Only a SHA-256 hash of the secret is
/// stored; the secret is shown once, when the token is created.
/// </summary>
public class ApiToken
{
    public const int NameMaxLength = 100;
    public const int HashLength = 64;
    public const int PrefixLength = 12;

    public int Id { get; set; }
    public required string UserId { get; set; }
    public PortalUser? User { get; set; }
    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, so that people can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
