using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

/// <summary>Feeds carry the whole story: its text, its categories and its photo.</summary>
public sealed class FullTextFeedTests
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public async Task Rss_and_atom_entries_hold_the_whole_text_with_the_section_and_tags_as_categories()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var rss = XDocument.Parse(await client.GetStringAsync("/feed.xml")).Descendants("item").Single();
        var atom = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/atom.xml"))).Items.Single();

        var text = rss.Element(Content + "encoded")!.Value;
        Assert.Contains("<p>“I have been very clear that President Trump", text);
        Assert.Contains("<figcaption>Kim Jong Un, right, and Mike Pompeo", text);
        Assert.Equal(["World", "Diplomacy", "North Korea", "United States"], rss.Elements("category").Select(c => c.Value));
        Assert.StartsWith("After two days of talks", rss.Element("description")!.Value);
        var content = Assert.IsType<TextSyndicationContent>(atom.Content);
        Assert.Equal("html", content.Type);
        Assert.Equal(text, content.Text);
    }

    [Fact]
    public async Task A_storys_first_photo_with_a_file_is_its_enclosure()
    {
        using var factory = new PortalFactory();
        var (_, image) = await Photos.StoryWithPhotoFileAsync(factory);

        var newest = XDocument.Parse(await factory.CreateClient().GetStringAsync("/feed.xml")).Descendants("item").First();

        var enclosure = newest.Element("enclosure")!;
        Assert.Equal("http://localhost" + image.GetProperty("url").GetString(), enclosure.Attribute("url")!.Value);
        Assert.Equal("image/png", enclosure.Attribute("type")!.Value);
        Assert.True(long.Parse(enclosure.Attribute("length")!.Value) > 0);
    }
}
