using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Accounts;

namespace Portal.Web.Admin;

public static class AdminArea
{
    /// <summary>
    /// Every page under /Admin needs a newsroom account unless listed here, and none is ever stored by the
    /// output cache or by a browser or proxy cache.
    /// </summary>
    public static readonly IReadOnlyList<string> AnonymousPages = ["/Admin/Login", "/Admin/Denied", "/Admin/Setup", "/Admin/Invite"];

    /// <summary>Records shared by every story: editors and admins keep them; writers work through their own drafts.</summary>
    private static readonly IReadOnlyList<string> EditorFolders = ["/Admin/People", "/Admin/Agencies", "/Admin/Quotes", "/Admin/Photos"];

    public static RazorPagesOptions AddAdminConventions(this RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/Admin", Policies.Newsroom);
        options.Conventions.AddPageRoute("/Admin/Articles/New", "admin/import");
        foreach (var folder in EditorFolders)
        {
            options.Conventions.AuthorizeFolder(folder, Policies.Editors);
        }
        // Each edit page adds a record when its route names none.
        options.Conventions.AddPageRoute("/Admin/People/Edit", "admin/people/new");
        options.Conventions.AddPageRoute("/Admin/Agencies/Edit", "admin/agencies/new");
        options.Conventions.AddPageRoute("/Admin/Photos/Edit", "admin/photos/new");
        foreach (var page in AnonymousPages)
        {
            options.Conventions.AllowAnonymousToPage(page);
        }
        options.Conventions.AddFolderApplicationModelConvention("/Admin", model =>
        {
            model.EndpointMetadata.Add(new OutputCacheAttribute { NoStore = true });
            model.Filters.Add(new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None });
        });
        return options;
    }
}
