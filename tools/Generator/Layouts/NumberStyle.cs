using System.Globalization;

namespace Intake.Tools.Generator.Layouts;

/// <summary>How a layout prints amounts: grouping and decimal marks, and how a negative reads.</summary>
public sealed record NumberStyle(string Group, string Decimal, NegativeStyle Negative)
{
    public static NumberStyle English { get; } = new(",", ".", NegativeStyle.LeadingMinus);
    public static NumberStyle German { get; } = new(".", ",", NegativeStyle.LeadingMinus);
    public static NumberStyle French { get; } = new(" ", ",", NegativeStyle.LeadingMinus);
    public static NumberStyle Swiss { get; } = new("'", ".", NegativeStyle.LeadingMinus);

    public string Format(decimal value)
    {
        var digits = Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);
        var whole = digits[..^3];
        var grouped = string.Join(Group, Enumerable.Range(0, (whole.Length + 2) / 3).Reverse()
            .Select(i => whole[Math.Max(0, whole.Length - 3 * (i + 1))..(whole.Length - 3 * i)]));
        var text = grouped + Decimal + digits[^2..];
        return value >= 0 ? text : Negative switch
        {
            NegativeStyle.TrailingMinus => text + "-",
            NegativeStyle.DebitSuffix => text + " DR",
            NegativeStyle.Parentheses => "(" + text + ")",
            _ => "-" + text,
        };
    }
}

public enum NegativeStyle
{
    LeadingMinus,
    TrailingMinus,
    /// <summary>1,234.56 DR, as British banks print an overdrawn balance.</summary>
    DebitSuffix,
    /// <summary>(1,234.56), as American banks print an overdrawn balance.</summary>
    Parentheses,
}
