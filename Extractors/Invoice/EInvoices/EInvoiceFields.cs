using System.Globalization;
using System.Xml.Linq;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.EInvoices;

/// <summary>Builds the fields and item rows an e-invoice's XML states: exact values, confidence 1, <see cref="ExtractedField.EmbeddedXml"/> as their source.</summary>
internal sealed class EInvoiceFields
{
    public Dictionary<string, ExtractedField> Fields { get; } = [];

    public List<TableRow> Items { get; } = [];

    public void Text(string name, XElement? element) => Text(name, element.Text());

    public void Text(string name, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Fields[name] = Exact(ExtractedField.Text(text, 1));
        }
    }

    public void Amount(string name, XElement? element)
    {
        if (Decimal(element) is { } amount)
        {
            Fields[name] = Exact(ExtractedField.Amount(amount, 1));
        }
    }

    public void Currency(XElement? element)
    {
        if (element.Text() is { Length: 3 } code)
        {
            Fields["currency"] = Exact(ExtractedField.Currency(code.ToUpperInvariant(), 1));
        }
    }

    /// <summary>A date as CII (format 102, "20240314") or UBL ("2024-03-14") writes it.</summary>
    public void Date(string name, XElement? element)
    {
        if (element.Text() is { } text
            && DateOnly.TryParseExact(text, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fields[name] = Exact(ExtractedField.Date(date, 1));
        }
    }

    public void Item(XElement? description, XElement? quantity, XElement? unitPrice, XElement? amount, XElement? taxRate)
    {
        var cells = new Dictionary<string, ExtractedField>();
        if (description.Text() is { } text)
        {
            cells["description"] = Exact(ExtractedField.Text(text, 1));
        }

        foreach (var (name, element, money) in new[] { ("quantity", quantity, false), ("unitPrice", unitPrice, true), ("amount", amount, true), ("taxRate", taxRate, false) })
        {
            if (Decimal(element) is { } value)
            {
                cells[name] = Exact(money ? ExtractedField.Amount(value, 1) : ExtractedField.Number(value, 1));
            }
        }

        if (cells.Count > 0)
        {
            Items.Add(new TableRow(cells));
        }
    }

    private static decimal? Decimal(XElement? element) =>
        decimal.TryParse(element.Text(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static ExtractedField Exact(ExtractedField field) => field with { Source = ExtractedField.EmbeddedXml };
}
