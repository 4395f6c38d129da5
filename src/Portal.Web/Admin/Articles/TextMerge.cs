using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;
using Portal.Data.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>A field both editors changed, each their own way: the body's conflicts are the paragraphs both rewrote.</summary>
public sealed record FieldConflict(string Name, string? Theirs, string? Mine);

/// <summary>The merged text, the fields it took from the other save, and what both changed (resolved as chosen, else as mine).</summary>
public sealed record MergedText(ArticleText Text, IReadOnlyList<string> FromTheirs, IReadOnlyList<FieldConflict> Conflicts);

/// <summary>
/// A three-way merge of the text an editor opened, the text someone else saved since, and the editor's own. A field
/// only one of them changed takes that change; tags merge as sets (added by either, removed by either); the body
/// merges paragraph by paragraph (DiffPlex's three-way differ), so edits to different paragraphs both stand. Only
/// what both changed differently is a conflict, and <c>takeTheirs</c> says, by field name, how to settle it.
/// </summary>
public static class TextMerge
{
    private const string ParagraphBreak = "\n\n";
    private static readonly IChunker Paragraphs = new CustomFunctionChunker(text => text.Length == 0 ? [] : text.Split(ParagraphBreak));

    /// <summary>Without the text the editor opened (a form from before revisions were kept), every field the two differ in is a conflict.</summary>
    public static MergedText Of(ArticleText? opened, ArticleText theirs, ArticleText mine, Func<string, bool> takeTheirs)
    {
        var values = new List<string?>();
        var fromTheirs = new List<string>();
        var conflicts = new List<FieldConflict>();
        foreach (var ((before, saved), typed) in (opened ?? theirs).Fields.Zip(theirs.Fields).Zip(mine.Fields))
        {
            var name = before.Name;
            var (value, tookTheirs, clashes) = name switch
            {
                _ when opened is null => saved.SameAs(typed) ? (typed.Value, false, []) : Clash(saved, typed, takeTheirs(name)),
                nameof(ArticleText.Body) => MergeBody(before.Value ?? "", saved.Value ?? "", typed.Value ?? "", takeTheirs(name)),
                nameof(ArticleText.Tags) => MergeTags(opened, theirs, mine),
                _ => MergeField(before, saved, typed, takeTheirs(name)),
            };
            values.Add(value);
            if (tookTheirs)
            {
                fromTheirs.Add(name.ToLowerInvariant());
            }
            conflicts.AddRange(clashes.Select(clash => clash with { Name = name }));
        }
        var text = new ArticleText(values[0], values[1] ?? "", values[2], values[3], values[4], values[5], values[6] ?? "", values[7] ?? "");
        return new(text, fromTheirs, conflicts);
    }

    private static (string? Value, bool TookTheirs, IReadOnlyList<FieldConflict> Conflicts) MergeField(ArticleField opened, ArticleField theirs, ArticleField mine, bool takeTheirs)
    {
        if (mine.SameAs(opened))
        {
            return (theirs.Value, !theirs.SameAs(opened), []);
        }
        if (theirs.SameAs(opened) || theirs.SameAs(mine))
        {
            return (mine.Value, false, []);
        }
        return Clash(theirs, mine, takeTheirs);
    }

    private static (string? Value, bool TookTheirs, IReadOnlyList<FieldConflict> Conflicts) Clash(ArticleField theirs, ArticleField mine, bool takeTheirs) =>
        (takeTheirs ? theirs.Value : mine.Value, takeTheirs, [new("", theirs.Value, mine.Value)]);

    private static (string? Value, bool TookTheirs, IReadOnlyList<FieldConflict> Conflicts) MergeTags(ArticleText opened, ArticleText theirs, ArticleText mine)
    {
        var removed = opened.TagNames.Except(theirs.TagNames).Concat(opened.TagNames.Except(mine.TagNames)).ToHashSet();
        var merged = theirs.TagNames.Concat(mine.TagNames).Where(tag => !removed.Contains(tag));
        var tags = ArticleText.Of(null, "", null, [], null, null, merged, "").Tags;
        return (tags, tags != mine.Tags, []);
    }

    private static (string? Value, bool TookTheirs, IReadOnlyList<FieldConflict> Conflicts) MergeBody(string opened, string theirs, string mine, bool takeTheirs)
    {
        var diff = ThreeWayDiffer.Instance.CreateDiffs(opened, theirs, mine, ignoreWhiteSpace: false, ignoreCase: false, Paragraphs);
        var merged = new List<string>();
        var conflicts = new List<FieldConflict>();
        var tookTheirs = false;
        foreach (var block in diff.DiffBlocks)
        {
            var theirPart = diff.PiecesOld.Skip(block.OldStart).Take(block.OldCount).ToList();
            var myPart = diff.PiecesNew.Skip(block.NewStart).Take(block.NewCount).ToList();
            switch (block.ChangeType)
            {
                case ThreeWayChangeType.OldOnly:
                    merged.AddRange(theirPart);
                    tookTheirs = true;
                    break;
                case ThreeWayChangeType.Conflict:
                    merged.AddRange(takeTheirs ? theirPart : myPart);
                    tookTheirs |= takeTheirs;
                    conflicts.Add(new("", string.Join(ParagraphBreak, theirPart), string.Join(ParagraphBreak, myPart)));
                    break;
                default:
                    merged.AddRange(myPart);
                    break;
            }
        }
        return (string.Join(ParagraphBreak, merged), tookTheirs, conflicts);
    }
}
