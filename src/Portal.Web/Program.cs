using Portal.Web.Database;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Seed;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services.AddPortalDatabase(builder.Configuration, builder.Environment);
builder.Services.AddPortalContent();
builder.Services.AddPortalWeb(builder.Configuration);
builder.Services.AddReaderCache(builder.Configuration);

var app = builder.Build();

// Commands: `migrate` brings the schema up to date; `generate-corpus N` adds N synthetic articles for benchmarks.
await app.Services.MigrateDatabaseAsync();
if (args is ["migrate"])
{
    return;
}
await app.Services.SeedAsync();
if (args is ["generate-corpus", var size] && int.TryParse(size, out var count))
{
    await SyntheticCorpus.GenerateAsync(app.Services, count);
    return;
}

app.UseSecurityHeaders();
app.UsePortalErrors();
app.UsePortalRequestLogging();
app.UsePortalStaticFiles();
app.UseRouting(); // after the error pages, so that re-executing /error finds its page
app.UseOutputCache();
app.UseContentETags();
app.UsePortalSwagger();
app.MapPortalHealth();
app.MapPortalFeeds().CacheOutput(ReaderCache.Policy);
app.MapRazorPages().CacheOutput(ReaderCache.Policy);
app.MapControllers();
app.AnnounceAddresses();

app.Run();
