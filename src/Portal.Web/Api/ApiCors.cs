namespace Portal.Web.Api;

public static class ApiCors
{
    /// <summary>Any origin may read published content; no origin may write, and no credentials are shared.</summary>
    public const string AnonymousReads = "AnonymousReads";

    public static IServiceCollection AddApiCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(AnonymousReads, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithExposedHeaders("ETag", "Link")));
}
