namespace Intake.Extractors.Content;

/// <summary>Words on one visual line, left to right.</summary>
public sealed record Line(IReadOnlyList<Word> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public BoundingBox Box { get; } = BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;

    /// <summary>The lowest word confidence: a line is only as certain as its weakest word.</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Min(w => w.Confidence);

    public override string ToString() => Text;
}
