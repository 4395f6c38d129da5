namespace Portal.Web.Hosting;

/// <summary>
/// Headers every response carries, pages, API, static files and errors alike: a Content-Security-Policy
/// that allows no inline script, no MIME sniffing, no framing, and a referrer that stays on the site.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI styles its page inline; it still runs no inline script.
    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // JSON is never a document: nothing may load or frame it.
                headers.ContentSecurityPolicy = ApiPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            }
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy : Policy;
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
