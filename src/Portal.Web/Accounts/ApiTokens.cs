using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Data.Accounts;

namespace Portal.Web.Accounts;

/// <summary>A token just created: the only moment its secret exists outside the caller's hands.</summary>
public sealed record CreatedToken(ApiToken Token, string Secret);

/// <summary>Creates, finds and revokes API tokens. Secrets are random, stored only as SHA-256 hashes.</summary>
public sealed class ApiTokens(PortalDbContext db, TimeProvider clock, AuditLog audit)
{
    private const string SecretPrefix = "portal_";

    public async Task<CreatedToken> CreateAsync(PortalUser user, string name, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = user.Id,
            Name = name.Trim(),
            Hash = HashOf(secret),
            Prefix = secret[..ApiToken.PrefixLength],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        audit.Record(user.Email, "token.created", $"{token.Name} ({token.Prefix}…)");
        await db.SaveChangesAsync(cancellationToken);
        return new(token, secret);
    }

    /// <summary>The live token with this secret, with its user; null for unknown or revoked secrets.</summary>
    public Task<ApiToken?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = HashOf(secret);
        return db.ApiTokens.AsNoTracking().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken);
    }

    /// <summary>Revokes a token; a user may revoke their own, an admin anyone's. False when there is nothing to revoke.</summary>
    public async Task<bool> RevokeAsync(int id, PortalUser actor, bool isAdmin, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(
            t => t.Id == id && t.RevokedAt == null && (isAdmin || t.UserId == actor.Id), cancellationToken);
        if (token is null)
        {
            return false;
        }
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(actor.Email, "token.revoked", $"{token.Name} ({token.Prefix}…)");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
