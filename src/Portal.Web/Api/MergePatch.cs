using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Web.Api;

/// <summary>JSON Merge Patch (RFC 7396): members of the patch replace the target's, null removes, objects merge.</summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>The input as it stands after the patch, or the member of the patch that does not fit the input and why.</summary>
    public static (T? Patched, (string Field, string Message)? Error) Apply<T>(T current, JsonElement patch, JsonSerializerOptions options) where T : class
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return (null, ("$", "A merge patch is a JSON object."));
        }
        var target = JsonSerializer.SerializeToNode(current, options);
        var merged = Merge(target, patch);
        try
        {
            return (merged.Deserialize<T>(options), null);
        }
        catch (JsonException exception)
        {
            var field = exception.Path ?? "$";
            return (null, (field, exception.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "This member is not a field you can change here."
                : "The value does not have the type this field takes."));
        }
    }

    private static JsonNode? Merge(JsonNode? target, JsonElement patch)
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return JsonNode.Parse(patch.GetRawText());
        }
        var result = target as JsonObject ?? [];
        foreach (var member in patch.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                result.Remove(member.Name);
            }
            else
            {
                result[member.Name] = Merge(result[member.Name]?.DeepClone(), member.Value);
            }
        }
        return result;
    }
}
