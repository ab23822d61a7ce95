using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>Words that may hold a label's value: right of the label on its line, or below it in its column.</summary>
internal sealed record LabelledText(Page Page, LabelMatch Match, IReadOnlyList<Word> Words, bool Below)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public BoundingBox Box => BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? Match.Box;
}

/// <summary>
/// Finds labels (with <see cref="LabelMatcher"/>, so OCR noise and diacritics are tolerated)
/// and offers the places their value may be, nearest first: the rest of the label's cell and the
/// next cell right of it on the same line, then the cell below the label in its column. Callers
/// parse each place in turn and keep the first that holds their kind of value.
/// </summary>
internal static class LabelledWords
{
    /// <summary>How many line heights below a label its value may sit.</summary>
    private const double BelowReach = 2.5;

    public static IEnumerable<LabelledText> Find(DocumentContent content, IReadOnlyList<string> labels, double threshold = LabelMatcher.DefaultThreshold)
    {
        foreach (var page in content.Pages)
        {
            foreach (var match in LabelMatcher.Find(page.Lines, threshold, [.. labels]))
            {
                var right = RightOf(page, match);
                if (right.Count > 0)
                {
                    yield return new LabelledText(page, match, right, false);
                }

                var below = BelowOf(page, match);
                if (below.Count > 0)
                {
                    yield return new LabelledText(page, match, below, true);
                }
            }
        }
    }

    /// <summary>The rest of the label's cell, and the next cell when the rest is only punctuation.</summary>
    private static IReadOnlyList<Word> RightOf(Page page, LabelMatch match)
    {
        var after = match.WordsAfter.ToList();
        var taken = new List<Word>();
        var last = match.Line.Words[match.LastWord];
        var cells = 0;
        foreach (var word in after)
        {
            if (Segment.IsColumnGap(page, last, word))
            {
                // A colon set apart ("Beleg-Nr      : 4711") is no cell of its own.
                cells += taken.Count > 0 && taken.All(w => !w.Text.Any(char.IsLetterOrDigit)) ? 0 : 1;
                if (cells > 1 || taken.Any(w => w.Text.Any(char.IsLetterOrDigit)))
                {
                    break;
                }
            }

            taken.Add(word);
            last = word;
        }

        return taken;
    }

    /// <summary>The cells of the nearest line below that sit in the label's column.</summary>
    private static IReadOnlyList<Word> BelowOf(Page page, LabelMatch match)
    {
        var label = match.Box;
        foreach (var line in PageGrid.Below(page, match.Line, BelowReach))
        {
            var cells = Segment.Split(page, line).Where(s => PageGrid.InColumn(label, s.Box)).ToList();
            if (cells.Count > 0)
            {
                return cells.SelectMany(c => c.Words).ToList();
            }
        }

        return [];
    }
}
