using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Accounts;

/// <summary>What a newsroom password must be, in the form's words; Identity's own options take the same length.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PassphraseAttribute : StringLengthAttribute
{
    public const int MinLength = 12;
    private const int MaxLength = 200;

    public PassphraseAttribute() : base(MaxLength)
    {
        MinimumLength = MinLength;
        ErrorMessage = $"Use at least {MinLength} characters (a few words make a good passphrase) and at most {MaxLength}.";
    }
}
