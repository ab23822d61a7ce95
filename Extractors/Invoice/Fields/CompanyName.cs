using Intake.Extractors.Invoices.Layout;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>A company's name ends in its legal form: "GmbH", "SARL", "Ltd", or a run of them, "GmbH &amp; Co. KG".</summary>
internal static class CompanyName
{
    /// <summary>Words that end a company's name (folded).</summary>
    private static readonly string[] LegalForms =
        ["gmbh", "ag", "kg", "ohg", "ug", "ev", "eg", "mbh", "sarl", "sa", "sas", "sasu", "eurl", "sci", "ltd", "limited", "inc", "llc", "plc", "corp", "co", "bv", "nv", "spa", "srl", "ab", "as", "oy", "gbr"];

    /// <summary>What OCR makes of the middle dot or bar a letterhead puts between name and address.</summary>
    private static readonly char[] SeparatorMarks = [':', '-', '–', '—', '·', '•', '|'];

    public static bool EndsInLegalForm(string name) => Folding.Words(name).LastOrDefault() is { } last && LegalForms.Contains(last);

    /// <summary>
    /// "Acme GmbH : Hauptstraße 5" → "Acme GmbH" and "Hauptstraße 5". OCR reads a letterhead's
    /// middle dot as a colon or a hyphen, so splitting at the separators misses it and the address
    /// stays on the name. Split only where a legal form (after at least one word of name) is
    /// followed by a separator mark and an address with digits; null anywhere else.
    /// </summary>
    public static (string Name, string Address)? SplitAfterLegalForm(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (!IsLegalForm(words[i]))
            {
                continue;
            }

            var end = RunOfLegalForms(words, i);
            var separated = words[end].EndsWith(':') || (end + 1 < words.Length && words[end + 1].All(SeparatorMarks.Contains));
            var address = string.Join(' ', words[(end + 1)..]).TrimStart([.. SeparatorMarks, ' ']);
            if (separated && address.Any(char.IsDigit))
            {
                return (string.Join(' ', words[..(end + 1)]).TrimEnd(':'), address);
            }

            i = end;
        }

        return null;
    }

    /// <summary>The last word of the legal forms starting at <paramref name="start"/>, joined by "&amp;" or not ("GmbH &amp; Co. KG").</summary>
    private static int RunOfLegalForms(string[] words, int start)
    {
        var end = start;
        while (true)
        {
            if (end + 1 < words.Length && IsLegalForm(words[end + 1]))
            {
                end++;
            }
            else if (end + 2 < words.Length && words[end + 1] == "&" && IsLegalForm(words[end + 2]))
            {
                end += 2;
            }
            else
            {
                return end;
            }
        }
    }

    private static bool IsLegalForm(string word) => Folding.Words(word) is [var folded] && LegalForms.Contains(folded);
}
