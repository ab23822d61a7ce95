using System.Text;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Reduces a label to what survives OCR and typography: lower case; no diacritics, with "ü" and
/// "ue" (likewise ä/ae, ö/oe, ß/ss) made the same; no punctuation or spaces, since OCR both splits
/// and joins words; and one letter for each group OCR confuses (0/O, 1/l/I/|, 5/S, rn/m, cl/d,
/// vv/w). Both sides of a comparison go through it, so the mapping only needs to be consistent.
/// </summary>
internal static class LabelText
{
    private static readonly (string Read, string Meant)[] Spellings = [("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u"), ("œ", "o"), ("æ", "a")];
    private static readonly (string Read, string Meant)[] ShapeConfusions = [("rn", "m"), ("cl", "d"), ("vv", "w")];

    public static string Normalize(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in TextFolding.Fold(text))
        {
            if (c is '|' or '!')
            {
                letters.Append('l');
            }
            else if (char.IsLetterOrDigit(c))
            {
                letters.Append(c);
            }
        }

        foreach (var (read, meant) in Spellings.Concat(ShapeConfusions))
        {
            letters.Replace(read, meant);
        }

        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = letters[i] switch
            {
                '0' => 'o',
                '1' or 'i' => 'l',
                '5' => 's',
                var other => other,
            };
        }

        return letters.ToString();
    }
}
