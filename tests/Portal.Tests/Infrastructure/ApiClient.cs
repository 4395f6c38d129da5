using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.Data.Accounts;

namespace Portal.Tests.Infrastructure;

/// <summary>An HTTP client for the API carrying an API token, as another newsroom system would call it.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> EditorApiAsync(this PortalFactory factory, string email = "editor@example.com", string role = Roles.Editor)
    {
        var user = await factory.CreateUserAsync(email, role);
        return factory.ApiWithToken(await factory.CreateTokenAsync(user));
    }

    public static HttpClient ApiWithToken(this PortalFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body, string? ifMatch = null,
        string mediaType = "application/json") =>
        client.SendRawAsync(method, url, JsonSerializer.Serialize(body, JsonSerializerOptions.Web), ifMatch, mediaType);

    public static async Task<HttpResponseMessage> SendRawAsync(this HttpClient client, HttpMethod method, string url, string body, string? ifMatch = null,
        string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchAsync(this HttpClient client, string url, object patch, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Patch, url, patch, ifMatch, "application/merge-patch+json");

    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient client, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await client.SendAsync(request);
    }

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered without an ETag.");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();

    /// <summary>Asserts an RFC 9457 problem with this status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("https://www.rfc-editor.org/rfc/", problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        return problem;
    }
}
