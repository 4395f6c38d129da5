using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Shared;

/// <summary>The page people see instead of an error: no details of what went wrong inside.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "We could not show this page. Please try again in a moment.";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? Response.StatusCode;
        if (status is >= 400 and < 600 && status != Response.StatusCode && HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = status;
        }
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Heading = "Temporarily unavailable";
            Message = Database.StoreFaults.Message;
        }
        else if (status == StatusCodes.Status404NotFound)
        {
            Heading = "Page not found";
            Message = "There is no page at this address. It may have moved, or the link may be mistyped.";
        }
        else if (status is >= 400 and < 500)
        {
            Heading = "We could not handle that request";
            Message = "Please check the address and try again.";
        }
    }
}
