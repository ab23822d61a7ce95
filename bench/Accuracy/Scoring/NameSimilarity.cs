namespace Intake.Bench.Accuracy.Scoring;

/// <summary>
/// How alike two names are, ignoring case and whitespace runs: one less the Levenshtein distance
/// over the longer length (1 identical, 0 nothing in common).
/// </summary>
public static class NameSimilarity
{
    /// <summary>The similarity at which two names count as the same (corpus README).</summary>
    public const double Threshold = 0.8;

    public static double Of(string a, string b)
    {
        var (x, y) = (Fold(a), Fold(b));
        var longer = Math.Max(x.Length, y.Length);
        return longer == 0 ? 1 : 1 - (double)Distance(x, y) / longer;
    }

    public static bool Similar(string a, string b) => Of(a, b) >= Threshold;

    /// <summary>
    /// Similar, or one name contained in the other on word boundaries (the invoice XML's seller
    /// name is sometimes longer or shorter than the printed one). The contained name must be at
    /// least a third as long as the other, so a bare "GmbH" is not "Lieferant GmbH".
    /// </summary>
    public static bool SimilarOrContained(string a, string b)
    {
        if (Similar(a, b))
        {
            return true;
        }

        var (x, y) = (Fold(a), Fold(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length > 0 && shorter.Length * 3 >= longer.Length
            && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, one each.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Fold(string value) => Normalise.Whitespace(value).ToLowerInvariant();
}
