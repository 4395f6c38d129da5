using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Portal.Web.Admin;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of text that is in both versions, only in the older or only in the newer.</summary>
public sealed record DiffRun(DiffKind Kind, string Text);

/// <summary>The word-level difference of two texts (DiffPlex), for the history: runs of words and the spaces between them.</summary>
public static partial class TextDiff
{
    private static readonly IChunker WordsAndSpaces = new CustomFunctionChunker(text => Tokens().Matches(text).Select(m => m.Value).ToArray());

    public static IReadOnlyList<DiffRun> Words(string? before, string? after)
    {
        var diff = Differ.Instance.CreateDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, WordsAndSpaces);
        var runs = new List<DiffRun>();
        void Add(DiffKind kind, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0)
            {
                return;
            }
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            }
            else
            {
                runs.Add(new(kind, text));
            }
        }
        var at = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(DiffKind.Same, diff.PiecesOld.Skip(at).Take(block.DeleteStartA - at));
            Add(DiffKind.Removed, diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(DiffKind.Added, diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            at = block.DeleteStartA + block.DeleteCountA;
        }
        Add(DiffKind.Same, diff.PiecesOld.Skip(at));
        return runs;
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Tokens();
}
