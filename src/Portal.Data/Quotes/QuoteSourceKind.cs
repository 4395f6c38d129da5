namespace Portal.Data.Quotes;

/// <summary>Whose words a quote is. Every kind but <see cref="Open"/> settles the quote for publication.</summary>
public enum QuoteSourceKind
{
    /// <summary>Nobody has decided yet.</summary>
    Open,
    Person,
    Organisation,
    /// <summary>A source the story describes without naming: "a senior U.S. official", "an eyewitness".</summary>
    Unnamed,
    /// <summary>Not anyone's speech: scare quotes, a term, the title of a work.</summary>
    NotSpeech,
}
