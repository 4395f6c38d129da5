using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;

namespace Portal.Web.Database;

/// <summary>
/// Faults of the store that pass: the database held locked by another process, a full disk, an I/O error, on PostgreSQL
/// also a server that is restarting or out of connections.
/// A write that meets one is not saved, and the client is told so and when to try again (503 with
/// Retry-After), never a 2xx; the process goes on serving and writes succeed again once the fault clears.
/// </summary>
public static class StoreFaults
{
    public const int RetryAfterSeconds = 5;

    public const string Message = "The newsroom's database is busy or cannot write just now, so nothing was saved. Please try again in a few seconds.";

    // Primary SQLite result codes: BUSY, LOCKED, IOERR, FULL.
    private static readonly int[] Transient = [5, 6, 10, 13];

    // PostgreSQL: a lock not granted in time, a serialization failure or deadlock, a full disk, an I/O error, the
    // server shutting down or refusing connections, a statement cut off by the timeout.
    private static readonly string[] TransientStates = ["55P03", "40001", "40P01", "53100", "58030", "57P01", "57P03", "53300", "57014"];

    public static bool IsTransient(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SqliteException { SqliteErrorCode: var code } && Transient.Contains(code)
                || exception is Npgsql.PostgresException { SqlState: var state } && TransientStates.Contains(state)
                || exception is Npgsql.NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }

    public static int StatusCodeFor(Exception exception) =>
        IsTransient(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>A form's page again, everything as typed, saying nothing was saved and when to try again.</summary>
    public static PageResult RetryLater(this PageModel page)
    {
        page.ModelState.AddModelError("", Message);
        page.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        page.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return page.Page();
    }

    /// <summary>Adds Retry-After to the error response of a store fault; the error pages and problem details do the rest.</summary>
    internal sealed class RetryAfterHeader : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (IsTransient(exception))
            {
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return ValueTask.FromResult(false);
        }
    }

    public static IServiceCollection AddStoreFaults(this IServiceCollection services) => services
        .AddExceptionHandler<RetryAfterHeader>()
        .Configure<ExceptionHandlerOptions>(options => options.StatusCodeSelector = StatusCodeFor);
}
