using System.Text.RegularExpressions;
using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Finds the amounts on a table line as runs of words: "1 234,56" is two words in a text layer,
/// "1,234.56 DR" and "-12.50 €" are two as well. Statements print cents, so an amount here ends
/// in a decimal mark and two digits, perhaps followed by a sign, DR/CR or a currency.
/// </summary>
internal static partial class MoneyTokens
{
    private const int MaxWordsPerAmount = 4;

    /// <summary>Word runs, right to left, that read as one amount each; the words between them are left out.</summary>
    public static IReadOnlyList<(int First, int Last)> Find(Page page, IReadOnlyList<Word> words)
    {
        var found = new List<(int, int)>();
        for (var last = words.Count - 1; last >= 0; last--)
        {
            for (var first = Math.Max(0, last - MaxWordsPerAmount + 1); first <= last; first++)
            {
                if (Adjacent(page, words, first, last) && IsMoney(string.Join(' ', words.Skip(first).Take(last - first + 1).Select(w => w.Text))))
                {
                    found.Add((first, last));
                    last = first;
                    break;
                }
            }
        }

        return found;
    }

    public static bool IsMoney(string text) => MoneyShape().IsMatch(OcrDigits.Repair(text));

    /// <summary>Words of one amount are a space apart; a column gap (more than the text's height) separates two cells.</summary>
    private static bool Adjacent(Page page, IReadOnlyList<Word> words, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (!Adjacent(page, words[i - 1], words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="right"/> follows <paramref name="left"/> a word space apart, not a column gap.</summary>
    public static bool Adjacent(Page page, Word left, Word right) =>
        (right.Box.Left - left.Box.Right) * page.Width <= right.Box.Height * page.Height * 0.9;

    [GeneratedRegex(@"^(?:[-−+]\s?)?(?:[A-Z]{3}\s?|[€$£]\s?)?[-−]?\d{1,3}(?:(?:[.,' ’]|\s)?\d{3})*[.,]\d{2}(?:\s?[-−])?(?:\s?(?:[A-Z]{3}|[€$£]|DR|CR|Dr|Cr))?$")]
    private static partial Regex MoneyShape();
}
