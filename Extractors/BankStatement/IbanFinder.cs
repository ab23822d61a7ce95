using System.Numerics;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Results;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// Finds an IBAN: two letters, two check digits and up to 30 letters or digits, printed in
/// groups or not, whose check digits hold (ISO 13616, mod 97 = 1), so an OCR misreading or a
/// reference number is not taken for one.
/// </summary>
internal static partial class IbanFinder
{
    public static ExtractedField? Find(Page page)
    {
        foreach (var line in page.Lines)
        {
            foreach (Match match in Candidate().Matches(line.Text))
            {
                var compact = match.Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                // Groups of four run into the next word ("DE12 3456 ... 89 BIC"): shorten until the check digits hold.
                for (var length = compact.Length; length >= 15; length--)
                {
                    if (IsValid(compact[..length]))
                    {
                        var words = line.Words.Where(w => compact.Contains(w.Text.ToUpperInvariant(), StringComparison.Ordinal) && w.Text.Any(char.IsLetterOrDigit)).ToList();
                        return ExtractedField.Text(compact[..length], 0.95 * (words.Count == 0 ? 1 : words.Min(w => w.Confidence)), page.Number,
                            BoundingBox.Enclosing(words.Select(w => w.Box)));
                    }
                }
            }
        }

        return null;
    }

    public static bool IsValid(string iban)
    {
        if (iban.Length is < 15 or > 34 || !iban.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var digits = string.Concat(rearranged.Select(c => char.IsDigit(c) ? c.ToString() : (char.ToUpperInvariant(c) - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();
}
