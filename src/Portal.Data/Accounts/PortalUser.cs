using Microsoft.AspNetCore.Identity;

namespace Portal.Data.Accounts;

/// <summary>Someone who works in the newsroom. Readers have no accounts.</summary>
public class PortalUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>The newsroom's roles, from most to least powerful.</summary>
public static class Roles
{
    /// <summary>Users, tokens, everything.</summary>
    public const string Admin = "Admin";

    /// <summary>Publishes, edits and deletes anything.</summary>
    public const string Editor = "Editor";

    /// <summary>Creates and edits their own drafts.</summary>
    public const string Writer = "Writer";

    public static readonly IReadOnlyList<string> All = [Admin, Editor, Writer];
}
