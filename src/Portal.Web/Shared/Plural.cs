namespace Portal.Web.Shared;

/// <summary>A count with its noun, singular for one: "1 article", "3 articles".</summary>
public static class Plural
{
    public static string Of(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
