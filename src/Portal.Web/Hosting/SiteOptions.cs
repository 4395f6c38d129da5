namespace Portal.Web.Hosting;

/// <summary>How the site names itself and where readers reach it (configuration section "Site").</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "Portal";

    /// <summary>
    /// The public address for canonical links, feeds and sitemaps, e.g. "https://news.example.org".
    /// When empty, the address of the request is used.
    /// </summary>
    public string? PublicUrl { get; set; }

    public string BaseUrl(HttpRequest request) =>
        string.IsNullOrWhiteSpace(PublicUrl) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : PublicUrl.TrimEnd('/');
}
