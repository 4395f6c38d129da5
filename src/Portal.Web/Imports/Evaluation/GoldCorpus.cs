using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Web.Imports.Evaluation;

/// <summary>
/// A folder of real stories with a speaker label for every quoted span: one text file a story and a
/// <c>gold.json</c> that maps each file to its labels (the format is described in the corpus's README).
/// </summary>
public sealed record GoldCorpus(IReadOnlyList<GoldStory> Stories)
{
    public const string LabelsFile = "gold.json";

    public static GoldCorpus Load(string folder)
    {
        var labelsPath = Path.Combine(folder, LabelsFile);
        if (!File.Exists(labelsPath))
        {
            throw new FileNotFoundException($"{folder} has no {LabelsFile}.", labelsPath);
        }
        var labels = JsonSerializer.Deserialize<Dictionary<string, GoldLabels>>(File.ReadAllText(labelsPath))
            ?? throw new InvalidDataException($"{labelsPath} is empty.");
        var stories = labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new GoldStory(l.Key, File.ReadAllText(Path.Combine(folder, l.Key)),
                l.Value.Quotes.Select(GoldQuote.From).ToList()))
            .ToList();
        return new(stories);
    }

    private sealed record GoldLabels(
        [property: JsonPropertyName("quotes")] IReadOnlyList<JsonElement[]> Quotes);
}

public sealed record GoldStory(string File, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>
/// One labelled span: the start of its words (lower case), its speaker's surname (null when no named person
/// said it) and the tag that says what makes it hard.
/// </summary>
public sealed record GoldQuote(string Key, string? Speaker, string Tag)
{
    public static GoldQuote From(JsonElement[] row) => row switch
    {
        [var key, var speaker, var tag] => new(key.GetString()!, speaker.ValueKind == JsonValueKind.Null ? null : speaker.GetString(), tag.GetString()!),
        _ => throw new InvalidDataException("A gold quote is [key, speaker, tag]."),
    };
}
