using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Ready_when_the_database_is_reachable_and_migrated()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/readyz");
        var alive = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Not_ready_when_the_database_has_gone()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        factory.RemoveStore();

        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
