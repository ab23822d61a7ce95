using System.Text.RegularExpressions;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>
/// The decimal mark a document writes its money with, from its amounts with cents ("12,00" or
/// "12.00"): it settles numbers such as the quantity "5,000" (five on a German invoice, five
/// thousand on an English one).
/// </summary>
internal static partial class DecimalMark
{
    public static AmountHints Of(DocumentContent content)
    {
        var text = content.Text;
        var comma = Comma().Count(text);
        var point = Point().Count(text);
        return comma == point ? AmountHints.None : new AmountHints { DecimalSeparator = comma > point ? ',' : '.' };
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d.,]\d)")]
    private static partial Regex Comma();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,]\d)")]
    private static partial Regex Point();
}
