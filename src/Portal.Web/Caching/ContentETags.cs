using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Caching;

/// <summary>
/// Gives every successful GET response without a validator a strong ETag computed from its bytes, and
/// answers a matching If-None-Match with 304, for those ETags and for the ones API resources set themselves. Placed inside the output cache, the ETag is computed once per
/// cached page and the cache itself answers revalidations.
/// </summary>
public static class ContentETags
{
    public static IApplicationBuilder UseContentETags(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        using var buffer = await BufferResponseAsync(context, next);
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && buffer.Length > 0)
        {
            if (!response.Headers.ContainsKey(HeaderNames.ETag))
            {
                response.Headers.ETag = $"\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 16)}\"";
            }
            if (Matches(context.Request, response.Headers.ETag.ToString()))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted);
    });

    /// <summary>Runs the rest of the pipeline with the response body kept in memory, and returns it unsent.</summary>
    public static async Task<MemoryStream> BufferResponseAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        return buffer;
    }

    /// <summary>Whether the request's If-None-Match names this ETag, or any.</summary>
    public static bool Matches(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(v => v.Trim() == etag || v.Trim() == "*"));
}
