using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class Slug
{
    /// <summary>Lower-case ASCII words joined by hyphens: "Kim Jong Un" → "kim-jong-un".</summary>
    public static string From(string text, int maxLength)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var previous = ' ';
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Apostrophes and the dots of abbreviations vanish: "Korea's" → "koreas", "U.S." → "us".
            var vanishes = c is '\'' or '’' || (c == '.' && char.IsLetter(previous));
            previous = c;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || vanishes)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = builder.Length <= maxLength ? builder.ToString() : builder.ToString(0, maxLength).TrimEnd('-');
        return slug.Length > 0 ? slug : "untitled";
    }

    /// <summary>The wanted slug, or the first of wanted-2, wanted-3, … that no record uses yet.</summary>
    public static async Task<string> UniqueAsync(IQueryable<string> taken, string wanted, int maxLength, CancellationToken cancellationToken,
        IReadOnlySet<string>? alsoTaken = null)
    {
        var prefix = wanted + "-";
        var clashes = (await taken.Where(s => s == wanted || s.StartsWith(prefix)).ToListAsync(cancellationToken)).ToHashSet();
        clashes.UnionWith(alsoTaken ?? new HashSet<string>());
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : $"-{n}";
            var candidate = (wanted.Length + suffix.Length <= maxLength ? wanted : wanted[..(maxLength - suffix.Length)].TrimEnd('-')) + suffix;
            if (!clashes.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
