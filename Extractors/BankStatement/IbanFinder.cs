using System.Numerics;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// Finds an IBAN: two letters, two check digits and up to 30 letters or digits, printed in
/// groups or not, whose check digits hold (ISO 13616, mod 97 = 1), so a reference number is not
/// taken for one; one character OCR confused (0/O, 1/I, 5/S, 8/B …) is repaired when exactly one
/// repair makes the check digits hold.
/// </summary>
internal static partial class IbanFinder
{
    public static ExtractedField? Find(Page page)
    {
        foreach (var line in page.Lines)
        {
            // A repair is only tried beside the label: elsewhere, too many strings would pass one guess.
            var labelled = LabelMatcher.Find([line], StatementVocabulary.IbanLabels).Count > 0;
            var text = labelled ? string.Concat(line.Text.Select(c => Lookalikes.GetValueOrDefault(c, c))) : line.Text;
            foreach (Match match in Candidate().Matches(text))
            {
                var compact = match.Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                // Groups of four run into the next word ("DE12 3456 ... 89 BIC"): shorten until the check digits hold.
                for (var length = compact.Length; length >= 15; length--)
                {
                    if (compact.Count(char.IsDigit) >= MinimumDigits && (IsValid(compact[..length]) ? compact[..length] : labelled ? WithOneMisreadRepaired(compact[..length]) : null) is { } iban)
                    {
                        var words = line.Words.Where(w => compact.Contains(w.Text.ToUpperInvariant(), StringComparison.Ordinal) && w.Text.Any(char.IsLetterOrDigit)).ToList();
                        var confidence = (iban == compact[..length] ? 0.95 : 0.75) * (words.Count == 0 ? 1 : words.Min(w => w.Confidence));
                        return ExtractedField.Text(iban, confidence, page.Number, BoundingBox.Enclosing(words.Select(w => w.Box)));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Every country's BBAN holds account digits; words that happen to pass the check digits do not.</summary>
    private const int MinimumDigits = 10;

    /// <summary>Punctuation OCR reads for letters of an IBAN beside its label ("HCJ)" for "HCJJ").</summary>
    private static readonly Dictionary<char, char> Lookalikes = new() { [')'] = 'J', ['('] = 'C', ['|'] = 'I', ['€'] = 'E', ['$'] = 'S' };

    /// <summary>Characters OCR confuses in IBANs, each with what it may have been.</summary>
    private static readonly Dictionary<char, string> Confusions = new()
    {
        ['0'] = "OD", ['O'] = "0Q", ['D'] = "0", ['Q'] = "0", ['1'] = "IL7", ['I'] = "1L", ['L'] = "1I", ['7'] = "1T", ['T'] = "7",
        ['5'] = "S", ['S'] = "58", ['8'] = "B3S", ['B'] = "8", ['2'] = "Z", ['Z'] = "2", ['6'] = "G", ['G'] = "6", ['3'] = "8",
    };

    /// <summary>The text if its check digits hold; else the one reading with a single confused character replaced whose check digits hold.</summary>
    private static string? WithOneMisreadRepaired(string text)
    {
        if (IsValid(text))
        {
            return text;
        }

        var repairs = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            foreach (var other in Confusions.GetValueOrDefault(text[i], ""))
            {
                var candidate = text[..i] + other + text[(i + 1)..];
                if (IsValid(candidate) && char.IsAsciiLetter(candidate[0]) && char.IsAsciiLetter(candidate[1]))
                {
                    repairs.Add(candidate);
                }
            }
        }

        // Two different repairs that both hold are a guess, not a reading.
        return repairs.Distinct().Count() == 1 ? repairs[0] : null;
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

    [GeneratedRegex(@"\b[A-Z]{2}[0-9OISB]{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")]
    private static partial Regex Candidate();
}
