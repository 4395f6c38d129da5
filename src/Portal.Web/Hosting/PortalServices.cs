using Portal.Web.Accounts;
using Portal.Web.Admin;
using Portal.Web.Api;
using Portal.Web.Articles;
using Portal.Web.Corrections;
using Portal.Web.Credits;
using Portal.Web.Imports;
using Portal.Web.People;
using Portal.Web.Quotes;
using Portal.Web.Search;
using Portal.Web.Seed;
using Portal.Web.Shared;
using Serilog;

namespace Portal.Web.Hosting;

public static class PortalServices
{
    /// <summary>Serilog for this host only, configured from appsettings.json (no static logger, so tests can run several hosts).</summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }

    public static IServiceCollection AddPortalContent(this IServiceCollection services) => services
        .AddSingleton(TimeProvider.System)
        .AddScoped<WireImporter>()
        .AddScoped<ArticleEditor>()
        .AddScoped<Admin.Articles.ReviewSettlement>()
        .AddScoped<NewsroomDesk>()
        .AddSingleton<Admin.Articles.EditorPresence>()
        .AddSingleton<ImageStore>()
        .AddHostedService<ScheduledPublisher>()
        .AddScoped<SeedContent>()
        .AddScoped<ArticleQueries>()
        .AddMemoryCache()
        .AddSingleton<Shared.SectionNav>()
        .AddScoped<PersonQueries>()
        .AddScoped<QuoteQueries>()
        .AddScoped<CorrectionQueries>()
        .AddScoped<CreditQueries>()
        .AddScoped<SearchQueries>();

    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddRazorPages(options => options.AddAdminConventions().RootDirectory = "/")
            .AddMvcOptions(options => options.Filters.Add<RejectMalformedQuery>());
        // Validation errors name fields as clients send them: "pageSize", not "PageSize".
        // A body member the input type lacks (an id, a status, a typo) is refused, never silently dropped.
        services.AddControllers(options =>
        {
            options.Conventions.Add(new ApiWrites());
            options.Filters.Add<ApiCallers.RefuseInvalidTokens>();
        }).AddJsonOptions(options =>
        {
            options.JsonSerializerOptions.DictionaryKeyPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            options.JsonSerializerOptions.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
            // Errors name the member ("$.status") without the serializer's wording, which names Portal's types.
            options.AllowInputFormatterExceptionMessages = false;
        });
        services.AddApiCors();
        services.AddApiErrors(configuration);
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new() { Title = "Portal API", Version = "v1", Description = "Articles, people, quotes and image credits." });
            options.IncludeXmlComments(typeof(PortalServices).Assembly);
            // The document describes the JSON API; feeds and pages have their own standards.
            options.DocInclusionPredicate((_, api) => api.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
            options.CustomOperationIds(api => $"{api.ActionDescriptor.RouteValues["controller"]}_{api.ActionDescriptor.RouteValues["action"]}");
        });
        return services;
    }

    public static async Task SeedAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(cancellationToken);
    }
}
