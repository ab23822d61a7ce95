namespace Intake.Extractors.Parsing;

/// <summary>
/// Lower-cases text and strips the diacritics of Latin letters one character for one, so that
/// indices in the folded text are indices in the original (spans stay true) and "März",
/// "MARZ" and "marz" look alike. A table rather than Unicode decomposition because the
/// services run with invariant globalization.
/// </summary>
internal static class TextFolding
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";

    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var index = Accented.IndexOf(lower);
        return index < 0 ? lower : Plain[index];
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });
}
