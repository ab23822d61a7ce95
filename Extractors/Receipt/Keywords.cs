using System.Globalization;
using System.Text;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Finds vocabulary words in OCR'd lines. Words are folded to lower-case letters (diacritics
/// and punctuation dropped); a keyword matches a run of words whose letters equal it, or, for
/// keywords of five letters or more, are within OCR noise of it ("Tatal", "TOTAl").
/// </summary>
internal static class Keywords
{
    private const int FuzzyFromLength = 5;
    private const double FuzzySimilarity = 0.8;
    private const int LongWord = 8;
    private const double LongWordSimilarity = 0.75;

    /// <summary>The folded tokens of some words: "Sub-Total:" gives "sub", "total".</summary>
    public static IReadOnlyList<string> Tokens(IEnumerable<Word> words) =>
        words.SelectMany(w => Fold(SplitJoined(w.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Words OCR ran together where the case changes: "TotalExclofGST" reads "Total Excl of GST".</summary>
    private static string SplitJoined(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 0 && char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(word[i]);
        }

        return builder.ToString();
    }

    /// <summary>The folded tokens of a text.</summary>
    public static IReadOnlyList<string> Tokens(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether any of <paramref name="keywords"/> is among <paramref name="tokens"/>.</summary>
    public static bool Any(IReadOnlyList<string> tokens, IEnumerable<string> keywords) => keywords.Any(k => Has(tokens, k));

    /// <summary>Whether <paramref name="keyword"/> (one or more words) is among <paramref name="tokens"/>, split or joined as OCR left it.</summary>
    public static bool Has(IReadOnlyList<string> tokens, string keyword)
    {
        var target = Fold(keyword).Replace(" ", "", StringComparison.Ordinal);
        if (target.Length == 0)
        {
            return false;
        }

        var parts = Math.Max(1, keyword.Count(c => c == ' ') + 1);
        for (var length = Math.Max(1, parts - 1); length <= parts + 1; length++)
        {
            for (var first = 0; first + length <= tokens.Count; first++)
            {
                var run = string.Concat(tokens.Skip(first).Take(length));
                if (run == target || (target.Length >= FuzzyFromLength && Math.Abs(run.Length - target.Length) <= 2
                    && !ReceiptVocabulary.LookAlikes.Contains(run) && LabelMatcher.Similarity(run, target) >= (target.Length >= LongWord && parts == 1 ? LongWordSimilarity : FuzzySimilarity)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Lower-case letters and spaces only: diacritics removed, everything else a space.</summary>
    public static string Fold(string text)
    {
        var chars = text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        var builder = new StringBuilder(chars.Length);
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var besideLetter = (i > 0 && char.IsLetter(chars[i - 1])) || (i + 1 < chars.Length && char.IsLetter(chars[i + 1]));
            builder.Append(char.IsLetter(c) ? char.ToLowerInvariant(c) : besideLetter ? DigitAsLetter(c) : ' ');
        }

        return builder.ToString();
    }

    /// <summary>A digit OCR read inside a word ("T0TAL", "CA5H") as the letter it most likely was.</summary>
    private static char DigitAsLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'l',
        '5' => 's',
        '8' => 'b',
        _ => ' ',
    };
}
