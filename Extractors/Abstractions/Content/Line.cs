namespace Intake.Extractors.Content;

/// <summary>Words on one visual line, left to right.</summary>
public sealed record Line(IReadOnlyList<Word> Words)
{
    /// <summary>The words' text joined by single spaces, whatever the gaps between them on the page.</summary>
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The box enclosing all the words; an all-zero box when the line has none.</summary>
    public BoundingBox Box { get; } = BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;

    /// <summary>The lowest word confidence: a line is only as certain as its weakest word.</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Min(w => w.Confidence);

    /// <summary>The line's <see cref="Text"/>, so a line reads as itself in a debugger or test message.</summary>
    public override string ToString() => Text;
}
