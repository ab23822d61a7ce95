namespace Intake.Extractors.Parsing;

/// <summary>
/// Optimal string alignment distance: Levenshtein's insertions, deletions and substitutions,
/// plus a swap of two neighbours as one edit, since OCR and typists both transpose letters.
/// </summary>
internal static class EditDistance
{
    /// <summary>Rows this long or shorter live on the stack; longer texts are rare (a label is a few words).</summary>
    private const int StackRowLength = 128;

    public static int Between(string a, string b) => AtMost(a, b, int.MaxValue);

    /// <summary>
    /// The distance when it is at most <paramref name="limit"/>; otherwise some number above
    /// <paramref name="limit"/>. A row's smallest value never shrinks from one row to the next
    /// (every cell comes from a cell of the row above, or, for a swap, from one no smaller than a
    /// cell of the row above), so once it exceeds the limit the distance does too.
    /// </summary>
    public static int AtMost(string a, string b, int limit)
    {
        var length = b.Length + 1;
        Span<int> rows = length <= StackRowLength ? stackalloc int[length * 3] : new int[length * 3];
        var previousRow = rows[..length];
        var row = rows.Slice(length, length);
        var current = rows.Slice(2 * length, length);
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var smallest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(row[j] + 1, current[j - 1] + 1), row[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousRow[j - 2] + 1);
                }

                current[j] = value;
                smallest = Math.Min(smallest, value);
            }

            if (smallest > limit)
            {
                return smallest;
            }

            var oldest = previousRow;
            previousRow = row;
            row = current;
            current = oldest;
        }

        return row[b.Length];
    }
}
