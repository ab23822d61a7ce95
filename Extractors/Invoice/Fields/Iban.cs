using System.Numerics;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>IBANs: two letters, two check digits and up to 30 letters or digits, printed in groups; kept only when the ISO 13616 check (mod 97) holds.</summary>
internal static partial class Iban
{
    public static ExtractedField? Find(DocumentContent content)
    {
        foreach (var (page, line) in content.Lines)
        {
            foreach (Match match in Candidate().Matches(line.Text))
            {
                var compact = match.Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
                for (var length = compact.Length; length >= 15; length--)
                {
                    // A candidate may run into the next word ("DE08 … 90 BIC"); the longest prefix that checks out is the IBAN.
                    if (IsValid(compact[..length]))
                    {
                        var box = BoundingBox.Enclosing(line.Words.Where(w => match.Value.Contains(w.Text, StringComparison.Ordinal)).Select(w => w.Box));
                        return ExtractedField.Text(compact[..length], 0.95, page.Number, box);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the first account number shaped like an IBAN, checked or not: sample and
    /// mistyped IBANs fail the check but still say which country's bank holds the account.
    /// </summary>
    public static (string Code, int Page, BoundingBox Box)? CountryOfAny(DocumentContent content)
    {
        foreach (var (page, line) in content.Lines)
        {
            var match = Candidate().Match(line.Text);
            if (match.Success)
            {
                return (match.Value[..2], page.Number, line.Box);
            }
        }

        return null;
    }

    public static bool IsValid(string iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var digits = new System.Text.StringBuilder();
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                digits.Append(c - 'A' + 10);
            }
            else
            {
                return false;
            }
        }

        return BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
