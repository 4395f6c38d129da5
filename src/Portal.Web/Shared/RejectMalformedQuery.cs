using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Shared;

/// <summary>
/// A page asked for with a query value that does not fit its parameter (?page=abc) is a bad request,
/// answered with the friendly 400 page, rather than quietly shown as if the value were absent.
/// Form posts are left alone: their errors go back to the form, beside the fields.
/// </summary>
public sealed class RejectMalformedQuery : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid)
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}
