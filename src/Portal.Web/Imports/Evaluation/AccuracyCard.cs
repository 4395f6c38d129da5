using System.Globalization;
using System.Text;

namespace Portal.Web.Imports.Evaluation;

/// <summary>
/// Scores the importer against a labelled corpus the way quote-attribution research reports it. A predicted
/// quote matches a gold span when its lower-cased text starts with the gold key (in order, one to one); a
/// speaker is right when every word of the gold surname is a word of the predicted speaker's name.
/// </summary>
public sealed class AccuracyCard
{
    private readonly List<Outcome> _outcomes = [];

    public IReadOnlyList<Outcome> Outcomes => _outcomes;

    public static AccuracyCard Score(GoldCorpus corpus)
    {
        var card = new AccuracyCard();
        foreach (var story in corpus.Stories)
        {
            var draft = WireParser.Parse(story.Text, "Evaluation", []);
            var predicted = draft.Quotes
                .Select(q => (Text: q.Text.ToLowerInvariant(), Speaker: q.Speaker is { } s ? draft.People[s].Name : null, q.Reason))
                .ToList();
            var next = 0;
            foreach (var gold in story.Quotes)
            {
                var match = predicted.FindIndex(next, p => p.Text.StartsWith(gold.Key, StringComparison.Ordinal));
                if (match < 0)
                {
                    card._outcomes.Add(new(story.File, gold, Found: false, null, null));
                    continue;
                }
                next = match + 1;
                card._outcomes.Add(new(story.File, gold, Found: true, predicted[match].Speaker, predicted[match].Reason));
            }
        }
        return card;
    }

    public Figures Overall => Figures.Of(_outcomes);

    public IEnumerable<(string Tag, Figures Figures)> ByTag =>
        _outcomes.GroupBy(o => o.Gold.Tag).OrderByDescending(g => g.Count()).Select(g => (g.Key, Figures.Of(g)));

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine("| tag | spans | found | given a person | precision | recall | accuracy |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (tag, figures) in ByTag.Prepend(("all", Overall)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {tag} | {figures.Spans} | {Ratio(figures.Found, figures.Spans)} | {figures.GivenPerson} | {Ratio(figures.RightPerson, figures.GivenPerson)} | {Ratio(figures.RightPerson, figures.GoldPerson)} | {Ratio(figures.Right, figures.Spans)} |");
        }
        return text.ToString();
    }

    /// <summary>Every span the importer missed or got wrong, for whoever improves it.</summary>
    public string FormatErrors()
    {
        var text = new StringBuilder();
        foreach (var outcome in _outcomes.Where(o => !o.IsRight))
        {
            var predicted = outcome.Found ? outcome.Predicted ?? "(none)" : "(not found)";
            var reason = outcome.Reason is { } why ? $" ({why})" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{outcome.File} [{outcome.Gold.Tag}] \"{outcome.Gold.Key}\": gold {outcome.Gold.Speaker ?? "(none)"}, given {predicted}{reason}");
        }
        return text.ToString();
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : (part / (double)whole).ToString("0.000", CultureInfo.InvariantCulture);

    public sealed record Outcome(string File, GoldQuote Gold, bool Found, string? Predicted, string? Reason)
    {
        public bool IsRightPerson => Gold.Speaker is { } surname && Predicted is { } name && Names(surname).All(Names(name).Contains);

        public bool IsRight => Found && (Gold.Speaker is null ? Predicted is null : IsRightPerson);

        private static HashSet<string> Names(string name) =>
            name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',')).ToHashSet();
    }

    public sealed record Figures(int Spans, int Found, int GivenPerson, int RightPerson, int GoldPerson, int Right)
    {
        public double Precision => GivenPerson == 0 ? 1 : RightPerson / (double)GivenPerson;

        public double Recall => GoldPerson == 0 ? 1 : RightPerson / (double)GoldPerson;

        public double FoundShare => Spans == 0 ? 1 : Found / (double)Spans;

        public static Figures Of(IEnumerable<Outcome> outcomes)
        {
            var list = outcomes.ToList();
            return new(list.Count, list.Count(o => o.Found), list.Count(o => o.Predicted is not null),
                list.Count(o => o.IsRightPerson), list.Count(o => o.Gold.Speaker is not null), list.Count(o => o.IsRight));
        }
    }
}
