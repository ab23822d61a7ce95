using System.Text.RegularExpressions;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// What a document number looks like: one token of letters, digits and - / . _ with at least
/// one digit, and not a date or a money amount (those sit next to labels too, and are not numbers).
/// </summary>
internal static partial class Identifier
{
    public static string? Read(string token)
    {
        // A number mark glued to the number: "#10442", "N°4711", "Nr.4711".
        var trimmed = NumberMark().Replace(token.Trim().Trim(':', ',', ';', '(', ')').TrimEnd('.'), "");
        if (trimmed.Length < 2 || !Shape().IsMatch(trimmed) || !trimmed.Any(char.IsDigit))
        {
            return null;
        }

        if (DateParser.TryParse(trimmed, DateHints.None, out _) || LooksLikeMoney(trimmed))
        {
            return null;
        }

        return trimmed;
    }

    /// <summary>The first identifier among <paramref name="tokens"/> after number marks ("Nr.", "#", ":"); null when the first real token is not one.</summary>
    public static (string Value, int Index)? First(IReadOnlyList<string> tokens, IReadOnlyCollection<string> marks, int minLength = 2)
    {
        // "24. Januar 2014" after a title is its date, not its number.
        var joined = string.Join(' ', tokens);
        var dates = DateParser.FindAll(joined, DateHints.None);
        var offset = 0;
        for (var i = 0; i < tokens.Count; offset += tokens[i].Length + 1, i++)
        {
            var start = offset;
            if (dates.Any(d => d.Span.Start <= start && start < d.Span.End))
            {
                return null;
            }

            var folded = Layout.Folding.Fold(tokens[i]).Trim('.', ':', ' ');
            if (folded.Length == 0 || marks.Contains(folded) || tokens[i].All(c => !char.IsLetterOrDigit(c)))
            {
                continue;
            }

            return Read(tokens[i]) is { Length: var length } value && length >= minLength ? (value, i) : null;
        }

        return null;
    }

    /// <summary>Grouped thousands or two decimals ("1.234,56", "19,90"): a money amount, not a number.</summary>
    private static bool LooksLikeMoney(string text) => Money().IsMatch(text);

    [GeneratedRegex(@"^(?:#|N°|Nr\.|No\.|n°)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\-/._]*$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^-?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}$|^-?\d+[.,]\d{2}$")]
    private static partial Regex Money();
}
