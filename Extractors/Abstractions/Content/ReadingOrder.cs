namespace Intake.Extractors.Content;

/// <summary>
/// Arranges words into visual lines, top to bottom and left to right, the same way whatever
/// read them (text layer or OCR), so that layout rules see one shape of input. Words belong to
/// one line when they overlap vertically by more than half the smaller height.
/// </summary>
public static class ReadingOrder
{
    private const double SameLineOverlap = 0.5;

    /// <summary>
    /// Groups <paramref name="words"/> into lines, each left to right, the lines top to bottom.
    /// Words whose text is empty or whitespace are dropped; the input order does not matter.
    /// </summary>
    public static IReadOnlyList<Line> Arrange(IEnumerable<Word> words)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Box.CenterY).ThenBy(w => w.Box.Left))
        {
            // Compare with the row's words, not the row's growing box, so a tall word cannot swallow two lines.
            var row = rows.LastOrDefault(r => r.Any(w => w.Box.VerticalOverlap(word.Box) > SameLineOverlap));
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }

        return rows
            .Select(r => new Line(r.OrderBy(w => w.Box.Left).ToList()))
            .OrderBy(l => l.Box.Top)
            .ToList();
    }
}
