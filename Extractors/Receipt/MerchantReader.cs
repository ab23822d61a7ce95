using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Reads the merchant from the top of the receipt: its name is the first line that reads as a
/// name (mostly letters, not a heading such as "TAX INVOICE", not a registration number), joined
/// with the next when the name plainly goes on ("&amp;" at the end, a legal form on the next line);
/// the address is the lines after it up to a phone, registration or tax line, or the heading.
/// </summary>
internal static partial class MerchantReader
{
    private const int HeaderLines = 12;
    private const int MaxAddressLines = 6;
    private const double MinLetterShare = 0.6;
    private const int MinNameLetters = 3;
    private const int LegalFormLookahead = 3;

    /// <summary>Below this mean word confidence a line at the top is a logo or stamp OCR tried to read, not the name.</summary>
    private const double MinNameConfidence = 0.6;

    public static Merchant? Read(Page page)
    {
        var lines = page.Lines;
        var top = Math.Min(lines.Count, HeaderLines);
        var candidates = Enumerable.Range(0, top).Where(i => IsName(lines, i)).Take(LegalFormLookahead).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // A brand or slogan may head the receipt; the registered name, with its legal form, is the merchant.
        var start = candidates.Skip(1).FirstOrDefault(i => !LegalForm().IsMatch(lines[candidates[0]].Text) && LegalForm().IsMatch(lines[i].Text), candidates[0]);

        var name = new List<Line> { lines[start] };
        var next = start + 1;
        if (next < lines.Count && ContinuesName(lines[start], lines[next]))
        {
            name.Add(lines[next++]);
        }

        var address = new List<Line>();
        for (; next < lines.Count && address.Count < MaxAddressLines; next++)
        {
            var line = lines[next];
            if (IsRegistration(line))
            {
                continue;
            }

            if (EndsAddress(line))
            {
                break;
            }

            address.Add(line);
        }

        return new Merchant(name, address, next);
    }

    private static bool IsName(IReadOnlyList<Line> lines, int index)
    {
        var line = lines[index];
        var letters = line.Text.Count(char.IsLetter);
        var visible = line.Text.Count(c => !char.IsWhiteSpace(c));
        if (letters < MinNameLetters || letters < visible * MinLetterShare || line.Words.Average(w => w.Confidence) < MinNameConfidence
            || IsRegistration(line) || IsHeading(line))
        {
            return false;
        }

        // Printed names are capitalised; an all lower-case line above the name is a handwritten or stamped note.
        var lowerOnly = line.Text.Where(char.IsLetter).All(char.IsLower);
        return !lowerOnly || !lines.Skip(index + 1).Take(HeaderLines).Any(l => l.Text.Count(char.IsUpper) >= MinNameLetters);
    }

    private static bool IsHeading(Line line)
    {
        var tokens = Keywords.Tokens(line.Words);
        return tokens.Count <= 4 && ReceiptVocabulary.DocumentHeadings.Any(h => Keywords.Has(tokens, h) && Keywords.Fold(h).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= tokens.Count - 1);
    }

    private static bool ContinuesName(Line name, Line next)
    {
        var text = name.Text.TrimEnd();
        var tokens = Keywords.Tokens(next.Words);
        return text.EndsWith('&') || text.EndsWith('-') || text.EndsWith(" AND", StringComparison.OrdinalIgnoreCase)
            || (tokens.Count <= 3 && tokens.Count > 0 && !next.Text.Any(char.IsDigit) && LegalForm().IsMatch(next.Text));
    }

    /// <summary>A company or tax registration number on its own, often in brackets: "(CO.REG : 933109-X)", "(JM0352019-K)".</summary>
    private static bool IsRegistration(Line line)
    {
        var text = line.Text.Trim();
        return (text.StartsWith('(') && text.Any(char.IsDigit)) || RegistrationOnly().IsMatch(text);
    }

    private static bool EndsAddress(Line line)
    {
        var tokens = Keywords.Tokens(line.Words.Take(3));
        return ReceiptVocabulary.AddressEnd.Any(k => Keywords.Has(tokens, k)) || PhoneNumber().IsMatch(line.Text) || IsHeading(line)
            || DateParser.FindAll(line.Text, DateHints.None).Count > 0;
    }

    [GeneratedRegex(@"^\(?[A-Z]{0,4}[0-9][0-9A-Z\-\s]{4,}\)?$")]
    private static partial Regex RegistrationOnly();

    [GeneratedRegex(@"\b(?:sdn\.?\s*bhd|bhd|s/b|gmbh|ag|kg|ohg|e\.?\s?k|ug|sarl|sas|sa|eurl|ltd|limited|llc|inc|plc|co)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex LegalForm();

    /// <summary>A line that is a phone number ("07-355 2616", "+49 30 1234567").</summary>
    [GeneratedRegex(@"^\+?[\d\s\-/()]{9,}$")]
    private static partial Regex PhoneNumber();
}
