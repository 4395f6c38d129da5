namespace Portal.Web.Admin;

/// <summary>
/// What a refused save shows: the version someone else saved beside the one in the form, field by field.
/// The form itself keeps what the editor typed.
/// </summary>
public sealed record ConflictView(string Record, string TakeTheirsUrl, IReadOnlyList<ConflictField> Fields);

public sealed record ConflictField(string Label, string? Theirs, string? Yours)
{
    public bool Differs => (Theirs ?? "").Trim() != (Yours ?? "").Trim();
}
