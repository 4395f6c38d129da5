using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;
using Portal.Web.Articles;

namespace Portal.Tests.Articles;

/// <summary>
/// The article detail is assembled by hand-written SQL, one text per store: a field the record has and a store's SQL
/// forgets would come back missing or null on that store only. This reads an article with every field set and checks
/// every property of every record in the answer.
/// </summary>
public sealed class ArticleDetailShapeTests
{
    /// <summary>Properties that may stay null here: a photo's file, and so its size, is only there after an upload.</summary>
    private static readonly HashSet<string> MayBeNull =
        [$"{nameof(ImageItem)}.{nameof(ImageItem.Url)}", $"{nameof(ImageItem)}.{nameof(ImageItem.Width)}", $"{nameof(ImageItem)}.{nameof(ImageItem.Height)}"];

    [Fact]
    public async Task Every_field_of_the_article_detail_comes_back_filled_in()
    {
        using var factory = new PortalFactory();
        var api = await factory.EditorApiAsync();
        var body = """
            "We will meet again," said Foreign Minister Aiko Tanaka.

            (Delegates arrive for the talks)
            [UPI/KCNA]
            """;
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new
        {
            kicker = "Analysis", headline = "Talks run late", standfirst = "The delegations met for nine hours.",
            byline = new[] { "UPI" }, dateline = "TOKYO",
            section = "World", tags = new[] { "Diplomacy" }, body,
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.SendJsonAsync(HttpMethod.Post, "/api/articles", new
        {
            headline = "Talks resume", section = "World", tags = new[] { "Diplomacy" }, body = "The talks resumed on Monday.",
        })).StatusCode);
        var article = await api.GetAsync("/api/articles/talks-run-late");
        var imageId = (await article.JsonAsync()).GetProperty("blocks")[1].GetProperty("image").GetProperty("id").GetInt32();
        var image = await api.GetAsync($"/api/images/{imageId}");
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/api/images/{imageId}", new { altText = "Delegates in a hall", noImageAvailable = true }, image.ETag())).StatusCode);
        foreach (var slug in new[] { "talks-resume", "talks-run-late" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/articles/{slug}/publish", null)).StatusCode);
        }

        await factory.WithServicesAsync(services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            db.Corrections.Add(new Correction { ArticleId = db.Articles.Single(a => a.Slug == "talks-run-late").Id, Kind = CorrectionKind.Clarification, Text = "The talks were in Tokyo.", At = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });

        var detail = await (await factory.CreateClient().GetAsync("/api/articles/talks-run-late")).JsonAsync();

        var missing = new List<string>();
        Check(typeof(ArticleDetail), [detail], "article", missing);
        Assert.True(missing.Count == 0, "Missing or null: " + string.Join(", ", missing) + "\n" + detail);
    }

    /// <summary>
    /// Every public property of the record, by its JSON name, is in each of the elements and (unless allowed) filled in
    /// in at least one of them: a paragraph has no image and a figure no text, but the body has both.
    /// </summary>
    private static void Check(Type record, List<JsonElement> elements, string path, List<string> missing)
    {
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var at = $"{path}.{name}";
            if (!elements.All(e => e.TryGetProperty(name, out _)))
            {
                missing.Add(at);
                continue;
            }
            var values = elements.Select(e => e.GetProperty(name)).Where(v => v.ValueKind != JsonValueKind.Null).ToList();
            if (values.Count == 0)
            {
                if (!MayBeNull.Contains($"{record.Name}.{property.Name}"))
                {
                    missing.Add(at);
                }
                continue;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var items = values.SelectMany(v => v.EnumerateArray()).ToList();
                if (items.Count == 0)
                {
                    missing.Add($"{at}[]");
                }
                else if (IsRecord(type.GetGenericArguments()[0]))
                {
                    Check(type.GetGenericArguments()[0], items, $"{at}[]", missing);
                }
            }
            else if (IsRecord(type))
            {
                Check(type, values, at, missing);
            }
        }
    }

    private static bool IsRecord(Type type) => type.Namespace?.StartsWith("Portal.Web", StringComparison.Ordinal) == true && type.IsClass;
}
