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

    /// <summary>
    /// Serves uploaded photos from the media folder. Each file's name is new for every upload and never
    /// reused, so it may be cached for a year.
    /// </summary>
    public static IApplicationBuilder UsePortalMedia(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<Credits.ImageStore>();
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(store.Folder),
            RequestPath = Credits.ImageStore.RequestPath,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }
}
