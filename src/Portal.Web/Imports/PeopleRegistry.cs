namespace Portal.Web.Imports;

/// <summary>
/// The people a story can refer to: those already in the store and those the text introduces.
/// Resolves the ways copy names someone ("Mike Pompeo", "Pompeo", "the top U.S. diplomat") to one person,
/// and refuses to choose when a reference fits several ("Kim"). Lookups are by dictionary, so a story
/// with thousands of names costs no more per name than a story with four.
/// </summary>
internal sealed class PeopleRegistry
{
    private readonly List<Entry> _people = [];
    private readonly Dictionary<string, List<int>> _byNameOrAlias = new(NameComparer.Instance);
    private readonly Dictionary<string, List<int>> _byNameWord = new(NameComparer.Instance);

    public PeopleRegistry(IEnumerable<KnownPerson> known)
    {
        foreach (var person in known)
        {
            var index = Add(new Entry(person.Id, person.Name) { Title = person.Title });
            foreach (var alias in person.Aliases)
            {
                AddAlias(index, alias);
            }
        }
    }

    public int Count => _people.Count;

    public Entry this[int person] => _people[person];

    public string NameOf(int person) => _people[person].Name;

    public Gender GenderOf(int person) => _people[person].Gender;

    /// <summary>Records a person the text names in full, with the title it gives them, and returns them.</summary>
    public int Introduce(string name, string? title, bool titleFromQuote)
    {
        var person = _byNameOrAlias.TryGetValue(name, out var found)
            && found.FindIndex(i => _people[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is var at and >= 0
            ? found[at]
            : Add(new Entry(null, name));
        var entry = _people[person];
        if (title is not null && (entry.Title is null || (entry.TitleFromQuote && !titleFromQuote)))
        {
            entry.Title = title;
            entry.TitleFromQuote = titleFromQuote;
        }
        return person;
    }

    public void AddAlias(int person, string alias)
    {
        if (!alias.Equals(_people[person].Name, StringComparison.OrdinalIgnoreCase) && _people[person].Aliases.Add(alias))
        {
            Index(_byNameOrAlias, alias, person);
        }
    }

    /// <summary>Counts what one mention says of a person's sex; the person's sex is what most mentions say.</summary>
    public void Vote(int person, Gender gender)
    {
        if (gender == Gender.Male)
        {
            _people[person].MaleVotes++;
        }
        else if (gender == Gender.Female)
        {
            _people[person].FemaleVotes++;
        }
    }

    /// <summary>
    /// Resolves a run of capitalised words ending in a name: the longest ending that is someone's full name or
    /// alias wins; failing that, the last word alone must belong to exactly one person's name.
    /// </summary>
    public Resolution ResolveName(string run)
    {
        var words = run.TrimEnd('.', ',', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).ToArray();
        for (var length = Math.Min(words.Length, 6); length >= 1; length--)
        {
            var ending = string.Join(' ', words[^length..]);
            if (_byNameOrAlias.TryGetValue(ending, out var matches))
            {
                return Resolution.Of(matches, ending, this);
            }
        }
        var last = words.Length > 0 ? words[^1] : "";
        return _byNameWord.TryGetValue(last, out var byWord) ? Resolution.Of(byWord, last, this) : Resolution.Unknown(run);
    }

    /// <summary>A description ("the top U.S. diplomat") is only resolved directly when it is a known alias.</summary>
    public int? FindAlias(string description) =>
        _byNameOrAlias.TryGetValue(description, out var matches) && matches.Count == 1 ? matches[0] : null;

    /// <summary>The people whose title or role includes a role noun: "mayor" for "Mayor of Gdańsk".</summary>
    public List<int> HoldersOf(string roleNoun) =>
        _people.Select((p, i) => (p, i))
            .Where(x => x.p.Title is { } title && title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.Trim(',', '.').Equals(roleNoun, StringComparison.OrdinalIgnoreCase)))
            .Select(x => x.i)
            .ToList();

    public IEnumerable<(int Index, Entry Person)> All() => _people.Select((p, i) => (i, p));

    private int Add(Entry entry)
    {
        _people.Add(entry);
        var index = _people.Count - 1;
        Index(_byNameOrAlias, entry.Name, index);
        var words = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            Index(_byNameWord, word, index);
        }
        // "Leopoldo Miranda-Castro" is "Miranda" on later reference too.
        if (words.Length > 1 && words[^1].Split('-') is { Length: 2 } parts && parts.All(p => p.Length > 1 && char.IsUpper(p[0])))
        {
            Index(_byNameWord, parts[0], index);
        }
        return index;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int person)
    {
        if (!index.TryGetValue(key, out var people))
        {
            index[key] = people = [];
        }
        if (!people.Contains(person))
        {
            people.Add(person);
        }
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    internal sealed class Entry(int? existingId, string name)
    {
        public int? ExistingId { get; } = existingId;
        public string Name { get; } = name;
        public string? Title { get; set; }
        public bool TitleFromQuote { get; set; }
        public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);
        public int MaleVotes { get; set; }
        public int FemaleVotes { get; set; }

        public Gender Gender => MaleVotes > FemaleVotes ? Gender.Male : FemaleVotes > MaleVotes ? Gender.Female : Gender.Unknown;
    }
}

/// <summary>Compares names as copy spells them: without regard to case or accents ("Erdoğan" is "Erdogan").</summary>
internal sealed class NameComparer : IEqualityComparer<string>
{
    public static readonly NameComparer Instance = new();

    private static readonly System.Globalization.CompareInfo Invariant = System.Globalization.CultureInfo.InvariantCulture.CompareInfo;
    private const System.Globalization.CompareOptions Options =
        System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace;

    public bool Equals(string? x, string? y) => Invariant.Compare(x, y, Options) == 0;

    public int GetHashCode(string name) => Invariant.GetHashCode(name, Options);
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
