using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Web.Api;

/// <summary>
/// Optimistic concurrency for the API. A resource's ETag is a hash of its representation; a write must
/// name, in If-Match, the ETag it last read. The check and the write run in one transaction, and the write itself
/// is guarded by the record's version (EF's concurrency token), so no other writer can slip between them on either
/// store.
/// </summary>
public static class Preconditions
{
    public static string ETagOf<T>(T representation, JsonSerializerOptions options) =>
        $"\"{Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(representation, options)), 0, 16)}\"";

    /// <summary>200 with the representation and its ETag.</summary>
    public static OkObjectResult Tagged<T>(this ControllerBase controller, T representation) =>
        controller.Ok(controller.WithETag(representation));

    /// <summary>Sets the response's ETag to the representation's.</summary>
    public static T WithETag<T>(this ControllerBase controller, T representation)
    {
        controller.Response.Headers.ETag = ETagOf(representation, JsonOptions(controller));
        return representation;
    }

    /// <summary>
    /// Reads the current representation, checks If-Match against it and, when it matches, runs the write;
    /// all inside one transaction, committed only when the write answers with success.
    /// </summary>
    public static async Task<ActionResult> WriteIfMatchAsync<T>(
        this ControllerBase controller, PortalDbContext db, Func<CancellationToken, Task<T?>> read,
        Func<ObjectResult> notFound, Func<T, Task<ActionResult>> write, CancellationToken cancellationToken)
        where T : class
    {
        if (controller.Request.Headers.IfMatch.Count == 0)
        {
            return controller.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
                detail: "Send the ETag of your last read in If-Match, so that you cannot overwrite a change you have not seen.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await read(cancellationToken) is not { } current)
        {
            return notFound();
        }
        var etag = ETagOf(current, JsonOptions(controller));
        var named = controller.Request.Headers.IfMatch.SelectMany(v => (v ?? "").Split(',')).Select(t => t.Trim());
        if (!named.Any(t => t == "*" || t == etag))
        {
            return controller.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The resource has changed",
                detail: "It was changed after the read your If-Match names. Read it again, reapply your change and send the new ETag.");
        }
        var result = await write(current);
        if (result is IStatusCodeActionResult { StatusCode: >= 200 and < 300 })
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Whether a PUT body or a patched input may be saved; when not, the reasons are in the model state
    /// for a validation problem.
    /// </summary>
    public static bool IsValidInput<T>(this ControllerBase controller, T? input, (string Field, string Message)? error) where T : class
    {
        if (input is null)
        {
            controller.ModelState.AddModelError(error?.Field ?? "$", error?.Message ?? "The patch does not fit this resource.");
            return false;
        }
        return controller.TryValidateModel(input);
    }

    public static JsonSerializerOptions JsonOptions(this ControllerBase controller) =>
        controller.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
}
