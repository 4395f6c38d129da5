using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web.Hosting;

/// <summary>
/// Behind a load balancer, the client's address and scheme arrive in X-Forwarded-For and X-Forwarded-Proto. They are
/// believed only from the proxies named in "Portal:Proxy:Addresses" (addresses or networks such as 10.0.0.0/8), and only
/// the last hop's, so a client cannot choose the address its sign-in attempts are counted under. With none named, no
/// forwarded header is believed. The host is never taken from a header: links and cache keys use the request's own.
/// </summary>
public static class ProxyHeaders
{
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("Portal:Proxy:Addresses").Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return app;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/'))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
