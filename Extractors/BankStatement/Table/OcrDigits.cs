using System.Text;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Letters OCR reads for digits inside numbers (O for 0, l or I for 1, S for 5, B for 8):
/// replaced only where a digit or a separator stands on both sides of them, so DR, CR and
/// currency codes are left alone.
/// </summary>
internal static class OcrDigits
{
    public static string Repair(string text)
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
