using System.Text.Json.Serialization;
using Portal.Data.Quotes;

namespace Portal.Web.Quotes;

/// <summary>
/// Whose words a quote is, as the API shows it. <c>kind</c> is "person" or "organisation" (with the record's slug and
/// name), "unnamed" (the name is the story's description of the source), "notSpeech", or "open" while undecided.
/// </summary>
public sealed record QuoteSourceItem(string Kind, string? Slug, string? Name)
{
    [JsonIgnore]
    public QuoteSourceKind Value => Enum.Parse<QuoteSourceKind>(Kind, ignoreCase: true);

    public static QuoteSourceItem Of(QuoteSourceKind kind, string? slug, string? name) =>
        new(KindName(kind), kind is QuoteSourceKind.Person or QuoteSourceKind.Organisation ? slug : null,
            kind is QuoteSourceKind.Open or QuoteSourceKind.NotSpeech ? null : name);

    public static string KindName(QuoteSourceKind kind) => kind switch
    {
        QuoteSourceKind.NotSpeech => "notSpeech",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
