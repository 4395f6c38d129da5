using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Portal.Data.Accounts;
using Portal.Data.Articles;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Authors;

/// <summary>A newsroom account's public author page, which bylines of its name link to.</summary>
public sealed class AuthorPageTests
{
    private const string Wire = """
        By Jane Smith

        OSAKA -- The port reopened on Friday, the harbour master said.
        """;

    private const string Profile = "/admin/profile";
    private const string SaveForm = "form[action*='handler=Save']";

    [Fact]
    public async Task A_writer_publishes_an_author_page_that_lists_their_bylined_stories_and_their_feed_and_bylines_link_to_it()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("jane@example.com", Roles.Writer);
        var writer = await factory.SignedInClientAsync("jane@example.com");
        var slug = await Stories.AddAsync(factory, Wire, "Osaka port reopens", ArticleStatus.Published);
        var form = (await writer.GetDocumentAsync(Profile)).FormFields(SaveForm);
        form["Input.Name"] = " Jane Smith ";
        form["Input.Role"] = "Asia correspondent";
        form["Input.Bio"] = "Jane reports on shipping <b>and</b> trade from Osaka.";

        var saved = await writer.SubmitFormAsync(Profile, form, Profile + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var reader = factory.CreateClient();
        var page = await reader.GetDocumentAsync("/authors/jane-smith");
        Assert.Equal("Jane Smith", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Asia correspondent", page.QuerySelector(".author-role")!.TextContent);
        Assert.Equal("Jane reports on shipping <b>and</b> trade from Osaka.", page.QuerySelector(".author-bio")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".article-list h2 a"), a => a.GetAttribute("href") == $"/articles/{slug}");
        var article = await reader.GetDocumentAsync($"/articles/{slug}");
        Assert.Equal("/authors/jane-smith", article.QuerySelector("article header .byline a")!.GetAttribute("href"));
        var graph = JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@graph");
        var author = graph.EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "NewsArticle").GetProperty("author")[0];
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.EndsWith("/authors/jane-smith", author.GetProperty("url").GetString());
        var feed = XDocument.Parse(await reader.GetStringAsync("/authors/jane-smith/feed.xml"));
        Assert.Contains(feed.Descendants("item"), item => item.Element("link")!.Value.EndsWith($"/articles/{slug}"));
    }

    [Fact]
    public async Task A_name_another_account_uses_or_too_long_is_refused_beside_the_field_and_removing_the_page_takes_it_down()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("jane@example.com", Roles.Writer);
        await factory.CreateUserAsync("other@example.com", Roles.Writer);
        var jane = await factory.SignedInClientAsync("jane@example.com");
        var other = await factory.SignedInClientAsync("other@example.com");
        var janes = (await jane.GetDocumentAsync(Profile)).FormFields(SaveForm);
        janes["Input.Name"] = "Jane Smith";
        await jane.SubmitFormAsync(Profile, janes, Profile + "?handler=Save");

        var others = (await other.GetDocumentAsync(Profile)).FormFields(SaveForm);
        others["Input.Name"] = "jane  smith";
        others["Input.Bio"] = "My own biography.";
        var taken = new HtmlParser().ParseDocument(await (await other.SubmitFormAsync(Profile, others, Profile + "?handler=Save")).Content.ReadAsStringAsync());
        others["Input.Name"] = new string('n', ArticleByline.NameMaxLength + 1);
        var tooLong = new HtmlParser().ParseDocument(await (await other.SubmitFormAsync(Profile, others, Profile + "?handler=Save")).Content.ReadAsStringAsync());

        Assert.Contains("Another account", taken.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent);
        Assert.Equal("My own biography.", taken.QuerySelector("textarea[name='Input.Bio']")!.TextContent.Trim());
        Assert.NotEmpty(tooLong.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/authors/n")).StatusCode);

        var remove = (await jane.GetDocumentAsync(Profile)).FormFields("form[action*='handler=Remove']");
        await jane.SubmitFormAsync(Profile, remove, Profile + "?handler=Remove");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/authors/jane-smith")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/authors/jane-smith/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task The_profile_page_needs_an_account_and_its_form_needs_the_antiforgery_token()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("jane@example.com", Roles.Writer);
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var writer = await factory.SignedInClientAsync("jane@example.com");

        var refused = await anonymous.GetAsync(Profile);
        var forged = await writer.PostAsync(Profile + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "Jane Smith" }));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/authors/jane-smith")).StatusCode);
    }
}
