namespace Portal.Web.Api;

/// <summary>What a slug a client chooses must look like.</summary>
public static class SlugRule
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string Message = "A slug is lower-case letters and digits joined by single hyphens.";
}
