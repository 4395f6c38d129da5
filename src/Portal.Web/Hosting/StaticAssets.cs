using Microsoft.Net.Http.Headers;

namespace Portal.Web.Hosting;

public static class StaticAssets
{
    /// <summary>
    /// Serves wwwroot/. Links made with asp-append-version carry a hash of the file (?v=…), so those
    /// responses may be cached for a year; anything else is revalidated.
    /// </summary>
    public static IApplicationBuilder UsePortalStaticFiles(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        OnPrepareResponse = context =>
        {
            context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=0, must-revalidate";
            context.Context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        },
    });
}
