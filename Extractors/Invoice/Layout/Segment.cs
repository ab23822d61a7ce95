using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>
/// A run of words on one line with no column gap inside it: a label, a value, a table cell.
/// Lines of a text layer or OCR span the whole page width, so one line often holds several
/// of these side by side.
/// </summary>
internal sealed record Segment(Page Page, Line Line, IReadOnlyList<Word> Words)
{
    /// <summary>A gap wider than this many word heights separates columns; a word space is about a fifth of one.</summary>
    private const double ColumnGapInHeights = 0.8;

    /// <summary>
    /// The same for OCR, whose boxes hug the glyphs (a word's height is its cap height, not the
    /// line's) and whose gaps come out wider than the text layer's.
    /// </summary>
    private const double OcrColumnGapInHeights = 1.5;

    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public BoundingBox Box { get; } = BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;

    public override string ToString() => Text;

    /// <summary>The line cut at its column gaps, left to right.</summary>
    public static IReadOnlyList<Segment> Split(Page page, Line line)
    {
        var segments = new List<Segment>();
        var current = new List<Word>();
        foreach (var word in line.Words)
        {
            if (current.Count > 0 && IsColumnGap(page, current[^1], word))
            {
                segments.Add(new Segment(page, line, current));
                current = [];
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            segments.Add(new Segment(page, line, current));
        }

        return segments;
    }

    public static bool IsColumnGap(Page page, Word left, Word right)
    {
        var gap = (right.Box.Left - left.Box.Right) * page.Width;
        // The taller word's height: OCR boxes punctuation (":", ".") as tiny as it prints.
        var height = Math.Max(left.Box.Height, right.Box.Height) * page.Height;
        return gap > (page.Source == TextSource.Ocr ? OcrColumnGapInHeights : ColumnGapInHeights) * height;
    }
}
