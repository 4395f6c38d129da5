using Portal.Web.Accounts;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Caching;
using Portal.Web.Database;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Quotes;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddPortalContent();
builder.Services.AddPortalAccounts(builder.Configuration, builder.Environment);
builder.Services.AddPortalWeb(builder.Configuration);
builder.Services.AddPortalRedis(builder.Configuration);
builder.Services.AddReaderCache(builder.Configuration);

var app = builder.Build();

if (await PortalCommands.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

app.UseProxyHeaders();
app.UseSecurityHeaders();
app.UsePortalErrors();
app.UsePortalRequestLogging();
app.UsePortalStaticFiles();
app.UsePortalMedia();
app.UseArticleResponseCache();
app.UseRouting(); // after the error pages, so that re-executing /error finds its page
app.UseCors();
app.UseOutputCache(); // before authentication: cached pages are public, and endpoints that need an account are never cached
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseBodySizeLimit();
app.UseContentETags();
app.UsePortalSwagger();
app.MapPortalHealth();
app.MapPortalMetrics();
app.MapPortalFeeds().CacheOutput(ReaderCache.Policy);
app.MapQuoteCards().CacheOutput(ReaderCache.Policy);
app.MapArticleCards().CacheOutput(ReaderCache.Policy);
app.MapRazorPages().CacheOutput(ReaderCache.Policy);
app.MapControllers().CacheOutput(ReaderCache.Policy);
app.AnnounceAddresses();

await app.RunAsync();
return 0;
