using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Reads the bought items: lines between the merchant's block and the first total that end in
/// an amount and have a description. Tills often print the description on its own line above
/// the line with code, quantity and prices; such a pair is one item.
/// </summary>
internal static partial class ItemsReader
{
    private const int MinDescriptionLetters = 3;

    public static IReadOnlyList<ReceiptItem> Read(IReadOnlyList<ReceiptLine> lines, int firstLine)
    {
        var end = lines.FirstOrDefault(l => l.Index >= firstLine && l.Role is LineRole.Subtotal or LineRole.Total or LineRole.FinalTotal or LineRole.Rounding or LineRole.Change)?.Index ?? lines.Count;
        var items = new List<ReceiptItem>();
        for (var i = firstLine; i < end; i++)
        {
            var line = lines[i];
            if (line.Role != LineRole.None || line.Value is not { ImpliedDecimals: false } amount)
            {
                continue;
            }

            var before = line.Line.Words.TakeWhile(w => w != line.Amounts[0].Words[0]).ToList();
            var description = Description(before);
            var descriptionLine = line.Line;
            if (description is null && i > firstLine && lines[i - 1] is { Role: LineRole.None, Amounts.Count: 0 } above && Description(above.Line.Words) is { } aboveText)
            {
                (description, descriptionLine) = (aboveText, above.Line);
            }

            if (description is null)
            {
                continue;
            }

            var box = line.Line == descriptionLine ? line.Line.Box : descriptionLine.Box.Union(line.Line.Box);
            var unitPrice = line.Amounts.Count >= 2 ? line.Amounts[^2] : null;
            items.Add(new ReceiptItem(description, Quantity(before), unitPrice, amount, line.Page, box, Math.Min(descriptionLine.Confidence, amount.Confidence)));
        }

        return items;
    }

    /// <summary>The words that describe the item: the line's wordy part, without codes and quantities; null when it has too few letters.</summary>
    private static string? Description(IEnumerable<Word> words)
    {
        var wordy = words.Where(w => w.Text.Count(char.IsLetter) >= 2 && !Quantity().IsMatch(w.Text)).Select(w => w.Text).ToList();
        var text = string.Join(' ', wordy);
        return text.Count(char.IsLetter) >= MinDescriptionLetters ? text : null;
    }

    /// <summary>A quantity: "2", "1X", "3 x", "1PC", "2.00 X".</summary>
    private static decimal? Quantity(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            var match = Quantity().Match(word.Text);
            if (match.Success && decimal.TryParse(match.Groups["count"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count) && count is > 0 and < 1000)
            {
                return count;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<count>\d{1,3}(?:\.\d{1,3})?)\s*(?:x|X|\*|pc|PC|pcs|PCS|Stk|stk)?$")]
    private static partial Regex Quantity();
}
