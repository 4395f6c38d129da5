namespace Portal.Data;

/// <summary>What a person typed, as the store keeps it.</summary>
public static class Typed
{
    /// <summary>The text trimmed; null when nothing but white space was typed.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
