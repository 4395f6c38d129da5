using System.Net;

namespace Portal.Tests.Infrastructure;

/// <summary>Editors creating articles through the API, each writer in a loop, until stopped; every write must be acknowledged.</summary>
public sealed class WriteLoad
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _writers;
    private int _acknowledged;

    /// <param name="article">The article body for writer w's write i.</param>
    public WriteLoad(HttpClient api, int writers, Func<int, int, object> article)
    {
        _writers = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                var response = await api.SendJsonAsync(HttpMethod.Post, "/api/articles", article(writer, i));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                Interlocked.Increment(ref _acknowledged);
            }
        })).ToList();
    }

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public async Task WaitForAsync(int acknowledged)
    {
        while (Acknowledged < acknowledged)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Stops the writers after their current write and rethrows any writer's failure.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_writers);
        _stop.Dispose();
    }
}
