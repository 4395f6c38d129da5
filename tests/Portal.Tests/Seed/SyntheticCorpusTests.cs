using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seed;

/// <summary>The benchmark corpus command, run as an operator would.</summary>
[Trait(Store.Trait, Store.Sqlite)]
public sealed class SyntheticCorpusTests
{
    [Fact]
    public async Task Generates_published_searchable_articles_beside_the_seed()
    {
        using var folder = new TempFolder();
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Portal"] = $"Data Source={folder.DatabasePath}" };

        var exit = await PortalProcess.RunAsync(["generate-corpus", "30"], environment);

        Assert.Equal(0, exit.Code);
        await using var connection = new SqliteConnection($"Data Source={folder.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(31L, await Scalar(connection, "SELECT count(*) FROM Articles WHERE Status = 'Published'"));
        Assert.Equal(31L, await Scalar(connection, "SELECT count(*) FROM ArticleSearch"));
        var headline = (string)(await Scalar(connection, "SELECT Headline FROM Articles WHERE Slug LIKE 'synthetic-%' ORDER BY Id DESC LIMIT 1"))!;
        var word = headline.Split(' ')[0].ToLowerInvariant();
        Assert.True((long)(await Scalar(connection,
            $"SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH '\"{word}\"' AND Headline = '{headline.Replace("'", "''")}'"))! >= 1);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    public async Task A_bad_size_is_refused_with_usage(string size)
    {
        using var folder = new TempFolder();

        var exit = await PortalProcess.RunAsync(["generate-corpus", size],
            new() { ["ConnectionStrings__Portal"] = $"Data Source={folder.DatabasePath}" });

        Assert.Equal(2, exit.Code);
        Assert.Contains("usage: generate-corpus", exit.Errors);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
