using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// A header row's words as printed. OCR drops the space (and often the bracket) between a
/// bracketed currency and the next column's name: "Haben (CHF) Kontostand" comes back as
/// "Haben (CHFKontostand"; read so, the second column's name is lost. Such a word is split
/// back into the currency and the name, each with its share of the word's box.
/// </summary>
internal static partial class HeaderWords
{
    public static IReadOnlyList<Word> Of(IReadOnlyList<Word> words) =>
        words.SelectMany(Split).ToList();

    private static IEnumerable<Word> Split(Word word)
    {
        var glued = GluedCurrency().Match(word.Text);
        if (!glued.Success || !CurrencyParser.TryParse(glued.Groups["code"].Value, out _))
        {
            return [word];
        }

        var currency = glued.Groups["currency"].Value;
        var share = (double)currency.Length / word.Text.Length;
        var box = word.Box;
        return
        [
            word with { Text = currency, Box = box with { Width = box.Width * share } },
            word with { Text = glued.Groups["name"].Value, Box = box with { Left = box.Left + box.Width * share, Width = box.Width * (1 - share) } },
        ];
    }

    /// <summary>"(CHFKontostand", "(EUR)Saldo": a bracketed code, its closing bracket maybe lost, then a capitalised name.</summary>
    [GeneratedRegex(@"^(?<currency>[(\[](?<code>[A-Z]{3})[)\]]?)(?<name>\p{Lu}\p{Ll}{2,}.*)$")]
    private static partial Regex GluedCurrency();
}
