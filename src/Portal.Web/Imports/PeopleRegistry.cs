namespace Portal.Web.Imports;

/// <summary>
/// The people a story can refer to: those already in the store and those the text introduces.
/// Resolves the ways copy names someone ("Mike Pompeo", "Pompeo", "the top U.S. diplomat") to one person,
/// and refuses to choose when a reference fits several ("Kim").
/// </summary>
internal sealed class PeopleRegistry
{
    private readonly List<Entry> _people = [];

    public PeopleRegistry(IEnumerable<KnownPerson> known)
    {
        foreach (var person in known)
        {
            var entry = new Entry(person.Id, person.Name) { Title = person.Title };
            entry.Aliases.UnionWith(person.Aliases);
            _people.Add(entry);
        }
    }

    public int Count => _people.Count;

    public string NameOf(int person) => _people[person].Name;

    /// <summary>Records a person the text names in full, with the title it gives them, and returns them.</summary>
    public int Introduce(string name, string? title, bool titleFromQuote)
    {
        var person = FindExact(name);
        if (person is null)
        {
            _people.Add(new Entry(null, name));
            person = _people.Count - 1;
        }
        var entry = _people[person.Value];
        if (title is not null && (entry.Title is null || (entry.TitleFromQuote && !titleFromQuote)))
        {
            entry.Title = title;
            entry.TitleFromQuote = titleFromQuote;
        }
        return person.Value;
    }

    public void AddAlias(int person, string alias)
    {
        if (!alias.Equals(_people[person].Name, StringComparison.OrdinalIgnoreCase))
        {
            _people[person].Aliases.Add(alias);
        }
    }

    /// <summary>
    /// Resolves a run of capitalised words ending in a name: the longest ending that is someone's full name or
    /// alias wins; failing that, the last word alone must belong to exactly one person's name.
    /// </summary>
    public Resolution ResolveName(string run)
    {
        var words = run.TrimEnd('.', ',', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).ToArray();
        for (var length = words.Length; length >= 1; length--)
        {
            var ending = string.Join(' ', words[^length..]);
            var matches = Matches(p => p.Name.Equals(ending, StringComparison.OrdinalIgnoreCase)
                || p.Aliases.Contains(ending));
            if (matches.Count > 0)
            {
                return Resolution.Of(matches, ending, this);
            }
        }
        var last = words.Length > 0 ? words[^1] : "";
        var byWord = Matches(p => p.Name.Split(' ').Contains(last, StringComparer.OrdinalIgnoreCase));
        return byWord.Count > 0 ? Resolution.Of(byWord, last, this) : Resolution.Unknown(run);
    }

    /// <summary>A description ("the top U.S. diplomat") is only resolved directly when it is a known alias.</summary>
    public int? FindAlias(string description)
    {
        var matches = Matches(p => p.Aliases.Contains(description));
        return matches.Count == 1 ? matches[0] : null;
    }

    public IEnumerable<(int Index, Entry Person)> All() => _people.Select((p, i) => (i, p));

    private int? FindExact(string name)
    {
        var index = _people.FindIndex(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : null;
    }

    private List<int> Matches(Func<Entry, bool> predicate) =>
        _people.Select((p, i) => (p, i)).Where(x => predicate(x.p)).Select(x => x.i).ToList();

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    internal sealed class Entry(int? existingId, string name)
    {
        public int? ExistingId { get; } = existingId;
        public string Name { get; } = name;
        public string? Title { get; set; }
        public bool TitleFromQuote { get; set; }
        public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>The outcome of resolving a reference: one person, several (ambiguous) or nobody known.</summary>
internal sealed record Resolution(int? Person, string Matched, string? Problem, bool IsAmbiguous = false)
{
    public static Resolution Unknown(string reference) =>
        new(null, reference, $"\"{reference}\" is not a person the story introduces");

    public static Resolution Of(List<int> people, string matched, PeopleRegistry registry) => people.Count == 1
        ? new(people[0], matched, null)
        : new(null, matched, $"\"{matched}\" could be {string.Join(" or ", people.Select(registry.NameOf))}", IsAmbiguous: true);
}
