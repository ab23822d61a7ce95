using System.Numerics;
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
        Score(LabelText.Normalize(candidate), LabelText.Normalize(label), threshold) is not null;

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
        var targets = Array.ConvertAll(labels, Target.Of);
        var matches = new List<(LabelMatch Match, int LabelLength, int LineOrder)>();
        var lineOrder = 0;
        foreach (var line in lines)
        {
            var runs = LineRuns.Of(line);
            foreach (var target in targets)
            {
                if (BestRun(line, runs, target, threshold) is { } match && match.Score >= threshold)
                {
                    matches.Add((match, target.Normalized.Length, lineOrder));
                }
            }

            lineOrder++;
        }

        return matches
            .OrderByDescending(m => m.Match.Score)
            .ThenByDescending(m => m.LabelLength)
            .ThenBy(m => m.LineOrder)
            .Select(m => m.Match)
            .ToList();
    }

    /// <summary>
    /// The line's best run for the label, as <see cref="Similarity"/> scores it, or null when none
    /// reaches <paramref name="threshold"/>. Runs that cannot reach it are not scored: they could
    /// be neither the best nor kept, so skipping them changes no result.
    /// </summary>
    private static LabelMatch? BestRun(Line line, LineRuns runs, Target target, double threshold)
    {
        var labelWords = target.Words;
        LabelMatch? best = null;
        for (var length = Math.Max(1, labelWords - 1); length <= labelWords + 1; length++)
        {
            var normalized = runs.OfLength(length);
            for (var first = 0; first < normalized.Length; first++)
            {
                if (Score(normalized[first], target.Normalized, threshold) is not { } score)
                {
                    continue;
                }

                if (best is null || score > best.Score || (score == best.Score && Math.Abs(length - labelWords) < Math.Abs(best.LastWord - best.FirstWord + 1 - labelWords)))
                {
                    best = new LabelMatch(line, first, first + length - 1, target.Label, score);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// <see cref="Similarity"/> of two normalised texts, or null when it is below
    /// <paramref name="threshold"/>: the distance is at least the difference in length, and the
    /// edit distance stops as soon as it exceeds the largest distance the threshold allows.
    /// </summary>
    private static double? Score(string a, string b, double threshold)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0 >= threshold ? 0 : null;
        }

        var longer = Math.Max(a.Length, b.Length);
        var limit = LargestDistance(longer, threshold);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return null;
        }

        // Each edit removes at most one letter of a and adds at most one of b, so the distance is at
        // least the number of letters either has and the other lacks (fewer when two share a bit).
        var (lettersA, lettersB) = (LetterSet(a), LetterSet(b));
        if (BitOperations.PopCount(lettersA & ~lettersB) > limit || BitOperations.PopCount(lettersB & ~lettersA) > limit)
        {
            return null;
        }

        var distance = EditDistance.AtMost(a, b, limit);
        return distance > limit ? null : 1 - (double)distance / longer;
    }

    /// <summary>Which letters a text holds, one bit per letter (letters 64 apart share a bit).</summary>
    private static ulong LetterSet(string text)
    {
        var set = 0UL;
        foreach (var c in text)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }

    /// <summary>The largest distance whose similarity, computed as <see cref="Similarity"/> computes it, still reaches <paramref name="threshold"/>; −1 for none.</summary>
    private static int LargestDistance(int longer, double threshold)
    {
        var limit = Math.Clamp((int)Math.Floor((1 - threshold) * longer), -1, longer);
        while (limit >= 0 && 1 - (double)limit / longer < threshold)
        {
            limit--;
        }

        while (limit < longer && 1 - (double)(limit + 1) / longer >= threshold)
        {
            limit++;
        }

        return limit;
    }

    /// <summary>A label asked for, normalised once per search rather than once per run of words.</summary>
    private sealed record Target(string Label, string Normalized, int Words)
    {
        public static Target Of(string label) =>
            new(label, LabelText.Normalize(label), Math.Max(1, label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
    }
}
