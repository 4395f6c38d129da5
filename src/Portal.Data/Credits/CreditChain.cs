namespace Portal.Data.Credits;

/// <summary>
/// How a photo's chain of agencies is written: with <see cref="ReaderSeparator"/> as one line of data, in the API and
/// structured data ("KCNA / UPI / Kyodo"), with <see cref="WireSeparator"/> in wire copy and in forms ("[KCNA/UPI/Kyodo]").
/// </summary>
public static class CreditChain
{
    public const string ReaderSeparator = " / ";
    public const char WireSeparator = '/';

    /// <summary>The credit chain as one line of data.</summary>
    public static string Line(IEnumerable<string> agencies) => string.Join(ReaderSeparator, agencies);

    /// <summary>The chain as wire copy and the newsroom's forms write it.</summary>
    public static string Wire(IEnumerable<string> agencies) => string.Join(WireSeparator, agencies);

    /// <summary>The agencies of a chain written as wire copy writes it; empty names are dropped.</summary>
    public static List<string> FromWire(string? chain) =>
        (chain ?? "").Split(WireSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
