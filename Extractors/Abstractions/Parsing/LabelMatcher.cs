using Intake.Extractors.Content;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Finds field labels ("Rechnungsnummer", "Total TTC", "Invoice date") in text read by OCR.
/// Both texts are normalised (case, diacritics with ü = ue, punctuation, spaces, and letters
/// OCR confuses: 0/O, 1/l/I, 5/S, rn/m, cl/d), then compared by edit distance:
/// similarity = 1 − distance ÷ length of the longer. "Total" against "Subtotal" scores 0.625.
/// </summary>
public static class LabelMatcher
{
    /// <summary>The similarity from which a candidate counts as the label unless a caller says otherwise.</summary>
    public const double DefaultThreshold = 0.85;

    /// <summary>How alike <paramref name="candidate"/> and <paramref name="label"/> are after normalisation: 0 (nothing shared) to 1 (same).</summary>
    public static double Similarity(string candidate, string label)
    {
        var (a, b) = (LabelText.Normalize(candidate), LabelText.Normalize(label));
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        return 1 - (double)EditDistance.Between(a, b) / Math.Max(a.Length, b.Length);
    }

    /// <summary>Whether <paramref name="candidate"/> reads as <paramref name="label"/>.</summary>
    public static bool IsMatch(string candidate, string label, double threshold = DefaultThreshold) =>
        Similarity(candidate, label) >= threshold;

    /// <summary>Where any of <paramref name="labels"/> occurs in <paramref name="lines"/>, best first, at the default threshold.</summary>
    public static IReadOnlyList<LabelMatch> Find(IEnumerable<Line> lines, params string[] labels) =>
        Find(lines, DefaultThreshold, labels);

    /// <summary>
    /// Where any of <paramref name="labels"/> occurs in <paramref name="lines"/> as a run of
    /// words: at most one match per line and label (its best run), best score first; on a tie the
    /// longer label first (so "Total amount" wins over "Total" on the same words), then earlier lines.
    /// A label of n words is tried against runs of n − 1 to n + 1 words, as OCR splits and joins words.
    /// </summary>
    public static IReadOnlyList<LabelMatch> Find(IEnumerable<Line> lines, double threshold, params string[] labels)
    {
        var matches = new List<(LabelMatch Match, int LineOrder)>();
        var lineOrder = 0;
        foreach (var line in lines)
        {
            foreach (var label in labels)
            {
                if (BestRun(line, label) is { } match && match.Score >= threshold)
                {
                    matches.Add((match, lineOrder));
                }
            }

            lineOrder++;
        }

        return matches
            .OrderByDescending(m => m.Match.Score)
            .ThenByDescending(m => LabelText.Normalize(m.Match.Label).Length)
            .ThenBy(m => m.LineOrder)
            .Select(m => m.Match)
            .ToList();
    }

    private static LabelMatch? BestRun(Line line, string label)
    {
        var labelWords = Math.Max(1, label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        LabelMatch? best = null;
        for (var length = Math.Max(1, labelWords - 1); length <= labelWords + 1; length++)
        {
            for (var first = 0; first + length <= line.Words.Count; first++)
            {
                var run = string.Concat(line.Words.Skip(first).Take(length).Select(w => w.Text));
                var score = Similarity(run, label);
                if (best is null || score > best.Score || (score == best.Score && Math.Abs(length - labelWords) < Math.Abs(best.LastWord - best.FirstWord + 1 - labelWords)))
                {
                    best = new LabelMatch(line, first, first + length - 1, label, score);
                }
            }
        }

        return best;
    }
}
