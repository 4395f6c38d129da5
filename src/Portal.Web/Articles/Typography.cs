namespace Portal.Web.Articles;

/// <summary>
/// Typographic quotation marks and apostrophes for what readers see. The stored text keeps the wire's straight marks
/// (the importer reads them, and quotes are placed by their offsets in it); each mark is replaced by one character,
/// so every offset into the text stays right.
/// </summary>
public static class Typography
{
    public static string Curly(string text)
    {
        if (text.AsSpan().IndexOfAny('"', '\'') < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is not ('"' or '\''))
            {
                continue;
            }
            // A mark opens at the start, after a space or an opening bracket, dash or mark; otherwise it closes (or is an apostrophe).
            var opens = i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' or '{' or '—' or '–' or '/' or '“' or '‘';
            chars[i] = chars[i] == '"' ? (opens ? '“' : '”') : (opens ? '‘' : '’');
        }
        return new string(chars);
    }
}
