using Intake.Extractors.Content;

namespace Intake.Extractors.Parsing;

/// <summary>Where a label was found: a run of words within a line, which label, and how closely it matched (0..1).</summary>
/// <param name="Line">The line holding the label.</param>
/// <param name="FirstWord">Index in <see cref="Line.Words"/> of the label's first word.</param>
/// <param name="LastWord">Index in <see cref="Line.Words"/> of the label's last word (inclusive).</param>
/// <param name="Label">The label, as it was asked for, that matched.</param>
/// <param name="Score">The similarity, 1 for an exact match after normalisation.</param>
public sealed record LabelMatch(Line Line, int FirstWord, int LastWord, string Label, double Score)
{
    /// <summary>The label's words as read.</summary>
    public IEnumerable<Word> Words => Line.Words.Skip(FirstWord).Take(LastWord - FirstWord + 1);

    /// <summary>The words after the label on its line: where a value usually sits.</summary>
    public IEnumerable<Word> WordsAfter => Line.Words.Skip(LastWord + 1);

    /// <summary>The box around the label's words.</summary>
    public BoundingBox Box => BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;
}
