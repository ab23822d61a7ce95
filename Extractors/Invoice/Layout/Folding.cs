using System.Text;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>
/// Lower case without diacritics ("Quantité" → "quantite", "Menge" → "menge", "ß" → "ss"), so
/// that vocabulary is matched whatever the typography. A table rather than Unicode
/// decomposition because plugins run with invariant globalization.
/// </summary>
internal static class Folding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var index = Accented.IndexOf(lower);
            if (lower == 'ß')
            {
                folded.Append("ss");
            }
            else
            {
                folded.Append(index < 0 ? lower : Plain[index]);
            }
        }

        return folded.ToString();
    }

    /// <summary>The folded text's words: runs of letters and digits, everything else a separator.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
