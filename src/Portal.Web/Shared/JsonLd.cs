using System.Text.Json.Nodes;

namespace Portal.Web.Shared;

public static class JsonLd
{
    /// <summary>
    /// A schema.org document as compact JSON without empty properties. The default encoder escapes
    /// &lt;, &gt; and &amp;, so the text cannot close the &lt;script&gt; element it is embedded in.
    /// </summary>
    public static string Serialize(JsonNode document)
    {
        RemoveNulls(document);
        return document.ToJsonString();
    }

    private static void RemoveNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(key);
            }
            foreach (var (_, value) in obj)
            {
                RemoveNulls(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                RemoveNulls(item);
            }
        }
    }
}
