namespace Intake.Extractors.Parsing;

/// <summary>Where a parsed value was found in the text it was read from: a start index and a length in characters.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The spanned text of <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    internal static TextSpan Between(int start, int end) => new(start, end - start);
}
