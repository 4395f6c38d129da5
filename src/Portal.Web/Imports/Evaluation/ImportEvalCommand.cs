namespace Portal.Web.Imports.Evaluation;

/// <summary>
/// <c>import-eval FOLDER… [--errors]</c>: prints the importer's accuracy card for labelled corpus folders, and
/// with <c>--errors</c> every span it missed or got wrong. It reads files only and never touches the database.
/// </summary>
public static class ImportEvalCommand
{
    public static async Task<int?> RunAsync(string[] args)
    {
        if (args is not ["import-eval", .. var rest])
        {
            return null;
        }
        var folders = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (folders.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: import-eval <corpus folder>... [--errors]");
            return 2;
        }
        var missing = folders.FirstOrDefault(f => !File.Exists(Path.Combine(f, GoldCorpus.LabelsFile)));
        if (missing is not null)
        {
            await Console.Error.WriteLineAsync($"{missing} has no {GoldCorpus.LabelsFile}.");
            return 2;
        }
        var card = AccuracyCard.Score(new(folders.SelectMany(f => GoldCorpus.Load(f).Stories).ToList()));
        Console.Write(card.Format());
        if (rest.Contains("--errors"))
        {
            Console.WriteLine();
            Console.Write(card.FormatErrors());
        }
        return 0;
    }
}
