using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Portal.Web.Accounts;
using Portal.Web.Database;
using Serilog;

namespace Portal.Web.Hosting;

public static class PortalPipeline
{
    /// <summary>
    /// API errors are RFC 9457 problem details; people get a friendly page. Neither carries a stack trace
    /// outside Development.
    /// </summary>
    public static WebApplication UsePortalErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), site =>
        {
            if (!app.Environment.IsDevelopment())
            {
                site.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StoreFaults.StatusCodeFor });
            }
            site.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        // The default message carries method, path, status and time: never the query string, headers or body.
        app.UseSerilogRequestLogging();
        return app;
    }

    public static WebApplication UsePortalSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.DocumentTitle = "Portal API");
        return app;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: the database is reachable and migrated.</summary>
    public static WebApplication MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseReadyCheck.Tag) });
        return app;
    }

    /// <summary>Request counts, latency and cache hits for an operator's scraper; an admin's API token only.</summary>
    public static WebApplication MapPortalMetrics(this WebApplication app)
    {
        // Listening starts now, not at the first cached page: a request is measured only if it began while listened to.
        app.Services.GetRequiredService<PortalMetrics>();
        app.MapGet(PortalMetrics.Path, (PortalMetrics metrics) => Results.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"))
            .RequireAuthorization(Policies.ApiAdmins)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>Tells whoever started Portal where to find it.</summary>
    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation(
                    "Portal is ready: site {Site}  API {Api}  Swagger UI {Swagger}  health {Ready}",
                    address + "/", address + "/api/articles", address + "/swagger", address + "/readyz");
                app.Logger.LogInformation("Newsroom (editors sign in here): {Admin}", address + "/admin");
            }
            if (!app.Services.AnyAccountAsync().GetAwaiter().GetResult())
            {
                var link = app.Services.GetRequiredService<FirstAdminLink>().Path;
                app.Logger.LogWarning(
                    "No newsroom account exists yet. Create the first admin with: " +
                    "dotnet run --project src/Portal.Web -- admin create --email you@example.com (the password is read from standard input), " +
                    "or open this one-time link while no account exists: {SetupLink}", (addresses.FirstOrDefault() ?? "") + link);
            }
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
