using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Api;

/// <summary>
/// Every API error is RFC 9457 problem details with a stable <c>type</c> (the status code's definition)
/// and a <c>traceId</c>; writes are limited per caller and answered 429 beyond the limit.
/// </summary>
public static class ApiErrors
{
    public const string WriteLimit = "api-writes";

    private static readonly Dictionary<int, string> Types = new()
    {
        [StatusCodes.Status400BadRequest] = "https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request",
        [StatusCodes.Status401Unauthorized] = "https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized",
        [StatusCodes.Status403Forbidden] = "https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden",
        [StatusCodes.Status404NotFound] = "https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found",
        [StatusCodes.Status405MethodNotAllowed] = "https://www.rfc-editor.org/rfc/rfc9110#name-405-method-not-allowed",
        [StatusCodes.Status409Conflict] = "https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict",
        [StatusCodes.Status412PreconditionFailed] = "https://www.rfc-editor.org/rfc/rfc9110#name-412-precondition-failed",
        [StatusCodes.Status413PayloadTooLarge] = "https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large",
        [StatusCodes.Status415UnsupportedMediaType] = "https://www.rfc-editor.org/rfc/rfc9110#name-415-unsupported-media-type",
        [StatusCodes.Status422UnprocessableEntity] = "https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content",
        [StatusCodes.Status428PreconditionRequired] = "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        [StatusCodes.Status429TooManyRequests] = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        [StatusCodes.Status500InternalServerError] = "https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error",
        [StatusCodes.Status503ServiceUnavailable] = "https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable",
    };

    public static IServiceCollection AddApiErrors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            // Framework defaults (MVC's client error mapping, status code pages, routing's 415) link the older RFC
            // copies or nothing; one set of links for all, applied here where every problem passes.
            if (problem.Status is { } status && (problem.Type is null or "about:blank" || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
                && Types.TryGetValue(status, out var type))
            {
                problem.Type = type;
            }
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        });
        services.AddRateLimiter(options =>
        {
            var writes = configuration.GetValue("Portal:Api:WritesPerMinute", 120);
            options.AddPolicy(WriteLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = writes, Window = TimeSpan.FromMinutes(1) }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "60";
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many writes", Detail = $"At most {writes} writes a minute; try again in a minute." },
                });
            };
        });
        return services;
    }
}
