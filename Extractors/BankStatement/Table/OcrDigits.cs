using System.Text;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// What OCR does to numbers and words in a table, undone: letters read for digits inside
/// numbers (O for 0, l or I for 1, S for 5, B for 8) replaced only where a digit or a separator
/// stands on both sides, so DR, CR and currency codes are left alone; dashes read for a minus;
/// specks of dirt read as punctuation on their own or stuck to a word.
/// </summary>
internal static class OcrDigits
{
    private static readonly char[] Specks = ['.', ',', ';', ':', '\'', '’', '‘', '"', '|', '_', '`'];

    /// <summary>
    /// A number as OCR may have read it, cleaned: letters for digits replaced, a colon for the
    /// decimal point ("3:13"), and specks of dust read as punctuation before or after it dropped.
    /// </summary>
    public static string Repair(string text)
    {
        var trimmed = text.Trim().TrimEnd(Specks).TrimStart(Specks.Where(c => c is not '.' and not ',').ToArray());
        return Dashes(Letters(trimmed).Replace(':', '.'));
    }

    /// <summary>Whether a word is only a speck: no letter or digit (OCR reads dirt and rules as "_", "=", "—").</summary>
    public static bool IsSpeck(string word) => !word.Any(char.IsLetterOrDigit) && word != "&";

    /// <summary>A word without the specks OCR stuck to its ends ("‘Transfer", "Patel|"); a full stop after it stays (abbreviations).</summary>
    public static string WithoutSpecks(string word)
    {
        var trimmed = word.TrimStart(LeadingSpecks).TrimEnd(TrailingSpecks);
        return trimmed.Length == 0 ? word : trimmed;
    }

    private static readonly char[] LeadingSpecks = ['\'', '’', '‘', '"', '|', '_', '`', ',', '.', ':', ';'];
    private static readonly char[] TrailingSpecks = ['’', '‘', '"', '|', '_', '`'];

    /// <summary>OCR reads a minus as an en or em dash; as the sign before or after a number it is a minus.</summary>
    private static string Dashes(string text)
    {
        if (text.Length > 1 && text[0] is '–' or '—')
        {
            text = "-" + text[1..];
        }

        return text.Length > 1 && text[^1] is '–' or '—' ? text[..^1] + "-" : text;
    }

    private static string Letters(string text)
    {
        var repaired = new StringBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            var digit = text[i] switch
            {
                'O' or 'o' => '0',
                'l' or 'I' or '|' => '1',
                'S' => '5',
                'B' => '8',
                _ => '\0',
            };
            if (digit != '\0' && IsNumeric(text, i - 1) && IsNumeric(text, i + 1))
            {
                repaired[i] = digit;
            }
        }

        return repaired.ToString();
    }

    private static bool IsNumeric(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsDigit(text[index]) || text[index] is '.' or ',');
}
