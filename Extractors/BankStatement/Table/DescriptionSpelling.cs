using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Evens out how OCR spells one word across a statement's descriptions. Tesseract drops or adds
/// accents now and then ("Uberweisung" for "Überweisung", "Phoné") and sticks specks to a word
/// ("Monthly:"); a statement repeats its words from row to row, so of a word's spellings the
/// one read most often and most surely (the sum of its readings' confidences) is taken for all.
/// Only OCR'd words are evened out, a text layer spells as printed; short words are left alone,
/// since "a" and "à" are different words.
/// </summary>
internal sealed class DescriptionSpelling
{
    private const int MinimumLength = 4;
    private static readonly char[] Specks = [':', ';', ','];

    private readonly Dictionary<string, string> _usual;

    private DescriptionSpelling(Dictionary<string, string> usual) => _usual = usual;

    public static DescriptionSpelling Of(IEnumerable<Word> ocrWords) => new(ocrWords
        .Where(w => w.Text.Length >= MinimumLength)
        .GroupBy(w => Folded(w.Text))
        .SelectMany(Usual)
        .ToDictionary(x => x.Variant, x => x.Usual));

    /// <summary>The word as it is usually spelled in this statement.</summary>
    public string Usual(string word) => _usual.GetValueOrDefault(word, word);

    /// <summary>Each other spelling of a word with the one whose readings weigh most, when one weighs more than every other.</summary>
    private static IEnumerable<(string Variant, string Usual)> Usual(IEnumerable<Word> readings)
    {
        var weighed = readings.GroupBy(w => w.Text, StringComparer.Ordinal)
            .Select(g => (Spelling: g.Key, Weight: g.Sum(w => w.Confidence)))
            .OrderByDescending(s => s.Weight)
            .ToList();
        return weighed.Count < 2 || weighed[0].Weight == weighed[1].Weight
            ? []
            : weighed.Skip(1).Select(s => (s.Spelling, weighed[0].Spelling));
    }

    /// <summary>The word without accents or a speck at its end: what its spellings share.</summary>
    /// <remarks>By table, not Unicode decomposition: with invariant globalization string.Normalize leaves accents be.</remarks>
    private static string Folded(string word) =>
        new(word.TrimEnd(Specks).Select(c => Accented.IndexOf(c) is var i and >= 0 ? Plain[i] : c).ToArray());

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY";
}
