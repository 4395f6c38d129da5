using System.Collections.Concurrent;

namespace Portal.Web.Admin.Articles;

/// <summary>
/// Who has which article open in the editor, from the page's heartbeat: shown to the others so that two editors
/// know before a conflict arises (no lock is taken). Kept in this instance's memory: behind several instances an
/// editor sees those on the same instance.
/// </summary>
public sealed class EditorPresence(TimeProvider clock)
{
    /// <summary>How often the page says it is still open.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    /// <summary>An editor not heard from for this long has closed the page.</summary>
    private static readonly TimeSpan Gone = Heartbeat * 2.5;

    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, DateTime>> _open = new();

    /// <summary>Notes that <paramref name="editor"/> has the article open, and answers who else has, by name.</summary>
    public IReadOnlyList<string> Beat(int articleId, string editor)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var editors = _open.GetOrAdd(articleId, _ => new(StringComparer.OrdinalIgnoreCase));
        editors[editor] = now;
        foreach (var (name, seen) in editors)
        {
            if (now - seen > Gone)
            {
                editors.TryRemove(name, out _);
            }
        }
        return editors.Keys.Where(name => !string.Equals(name, editor, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
    }
}
