using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>An amount read from a run of words, with the words it was read from and where they are.</summary>
internal sealed record PlacedAmount(ParsedAmount Amount, IReadOnlyList<Word> Words, bool Parenthesised)
{
    public decimal Value => Amount.Value;

    /// <summary>
    /// Where the number is: its digits' words only, so that a currency code further right
    /// ("16,60      EUR") does not stretch the amount into the next column.
    /// </summary>
    public BoundingBox Box { get; } = BoundingBox.Enclosing(Words.Where(w => w.Text.Any(char.IsDigit)).Select(w => w.Box))
        ?? BoundingBox.Enclosing(Words.Select(w => w.Box)) ?? default;

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>
    /// Whether it can be a total: at most two decimals (unit prices and quantities carry four,
    /// "1,5000") and fewer than ten digits before them (longer numbers are article numbers, GTINs).
    /// </summary>
    public bool IsMoney => Value.Scale <= 2 && Math.Abs(Value) < 1_000_000_000m;

    /// <summary>Every amount in <paramref name="words"/> (read as one text joined by spaces), left to right.</summary>
    public static IReadOnlyList<PlacedAmount> In(IReadOnlyList<Word> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var starts = new List<int>();
        var text = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            starts.Add(text.Length);
            text.Append(word.Text);
        }

        var joined = text.ToString();
        var found = new List<PlacedAmount>();
        foreach (var amount in AmountParser.FindAll(joined))
        {
            var covered = words.Where((w, i) => starts[i] < amount.Span.End && starts[i] + w.Text.Length > amount.Span.Start).ToList();
            var source = joined.Substring(amount.Span.Start, amount.Span.Length);
            found.Add(new PlacedAmount(amount, covered, source.Contains('(') && source.Contains(')')));
        }

        return found;
    }
}
