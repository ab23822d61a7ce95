using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Layout;

/// <summary>
/// Reads the value that belongs to a label, wherever layouts put it: the rest of the label's
/// line, or else the line below it (from the label's left edge on). Labels are matched with
/// <see cref="LabelMatcher"/>, so OCR misreadings and diacritics are tolerated.
/// </summary>
/// <param name="content">The document to read.</param>
public sealed class LabelledValues(DocumentContent content)
{
    /// <summary>The first phrase after any of <paramref name="labels"/> (up to a column gap), best-matching label first; null when none is found.</summary>
    public ExtractedField? TextAfter(string[] labels)
    {
        foreach (var (page, match, words) in Candidates(labels))
        {
            var value = Phrases.First(words.Where(w => w.Text != ":").ToList());
            if (value.Count > 0)
            {
                var text = string.Join(' ', value.Select(w => w.Text)).TrimStart(':', ' ');
                return ExtractedField.Text(text, match.Score * value.Min(w => w.Confidence), page.Number, BoundingBox.Enclosing(value.Select(w => w.Box)));
            }
        }

        return null;
    }

    /// <summary>The dates after the first of <paramref name="labels"/> that is followed by any (a period gives two); empty when none.</summary>
    public IReadOnlyList<(ParsedDate Date, ExtractedField Field)> DatesAfter(string[] labels, DateHints hints)
    {
        foreach (var (page, match, words) in Candidates(labels))
        {
            var text = string.Join(' ', words.Select(w => w.Text));
            var dates = DateParser.FindAll(text, hints);
            if (dates.Count > 0)
            {
                var box = BoundingBox.Enclosing(words.Select(w => w.Box));
                return dates.Select(d => (d, ExtractedField.Date(d.Value, match.Score * (d.Ambiguous ? 0.7 : 0.95), page.Number, box))).ToList();
            }
        }

        return [];
    }

    /// <summary>The amounts after the first of <paramref name="labels"/> that is followed by any; empty when none.</summary>
    public IReadOnlyList<(ParsedAmount Amount, ExtractedField Field)> AmountsAfter(string[] labels)
    {
        foreach (var (page, match, words) in Candidates(labels))
        {
            var amounts = AmountParser.FindAll(string.Join(' ', words.Select(w => w.Text)));
            if (amounts.Count > 0)
            {
                var box = BoundingBox.Enclosing(words.Select(w => w.Box));
                return amounts.Select(a => (a, ExtractedField.Amount(a.Value, match.Score * 0.9, page.Number, box))).ToList();
            }
        }

        return [];
    }

    /// <summary>For each place a label is found (best first): the words right of it, else those of the next line below.</summary>
    private IEnumerable<(Page Page, LabelMatch Match, IReadOnlyList<Word> Words)> Candidates(string[] labels)
    {
        foreach (var page in content.Pages)
        {
            foreach (var match in LabelMatcher.Find(page.Lines, labels))
            {
                var after = match.WordsAfter.ToList();
                if (after.Count > 0)
                {
                    yield return (page, match, after);
                    continue;
                }

                var below = page.Lines.FirstOrDefault(l => l.Box.Top > match.Line.Box.Bottom);
                if (below is not null)
                {
                    yield return (page, match, below.Words.Where(w => w.Box.Right > match.Box.Left).ToList());
                }
            }
        }
    }
}
