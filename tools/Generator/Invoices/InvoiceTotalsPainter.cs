using System.Globalization;
using Intake.Tools.Generator.Rendering;
using PdfSharp.Drawing;

namespace Intake.Tools.Generator.Invoices;

/// <summary>
/// The totals block: net, VAT per rate, gross with its currency and, after a prepayment, the
/// prepayment and the amount due. Right-aligned label and value pairs, or (values below labels) a row of cells.
/// </summary>
internal sealed class InvoiceTotalsPainter(XGraphics graphics, InvoiceFonts fonts, Invoice invoice, InvoiceLayout layout)
{
    private const double RowHeight = 14;
    private double Right => graphics.PageSize.Width - 50;

    /// <summary>Draws the totals from <paramref name="top"/>; returns the y below them.</summary>
    public double Draw(double top)
    {
        var labels = layout.Labels;
        var rows = new List<(string Label, string Value, bool Bold)> { (labels.Net, Money(invoice.Net), false) };
        rows.AddRange(invoice.VatByRate.Select(v => (string.Format(CultureInfo.InvariantCulture, labels.Vat, VatRate.Printed(v.Rate, layout.Numbers)), Money(v.Vat), false)));
        rows.Add((labels.Gross, WithCurrency(invoice.Gross), true));
        if (invoice.Prepayment != 0)
        {
            rows.Add((labels.Prepayment, Money(invoice.Prepayment), false));
            rows.Add((labels.AmountDue, WithCurrency(invoice.AmountDue), true));
        }

        return layout.ValuesBelowLabels ? DrawCells(rows, top) : DrawPairs(rows, top);
    }

    private double DrawPairs(IReadOnlyList<(string Label, string Value, bool Bold)> rows, double top)
    {
        var y = top;
        foreach (var (label, value, bold) in rows)
        {
            var font = bold ? fonts.Value : fonts.Label;
            graphics.Write(label, font, Right - 240, y);
            graphics.Write(value, font, Right - 110, y, 110, XStringFormats.TopRight);
            y += RowHeight;
        }

        return y;
    }

    private double DrawCells(IReadOnlyList<(string Label, string Value, bool Bold)> rows, double top)
    {
        const double width = 95;
        var left = Right - width * rows.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            graphics.Write(rows[i].Label, fonts.Small, left + i * width, top, width - 4, XStringFormats.TopRight);
            graphics.Write(rows[i].Value, rows[i].Bold ? fonts.Value : fonts.Label, left + i * width, top + 12, width - 4, XStringFormats.TopRight);
        }

        return top + 30;
    }

    private string Money(decimal value) => layout.Numbers.Format(value);

    private string WithCurrency(decimal value) =>
        layout.CurrencyAfterAmount ? $"{Money(value)} {invoice.Currency}" : $"{invoice.Currency} {Money(value)}";
}

/// <summary>The invoice's fonts, all DejaVu Sans.</summary>
internal sealed class InvoiceFonts
{
    public XFont Letterhead { get; } = new(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
    public XFont Title { get; } = new(DejaVuFontResolver.Family, 16, XFontStyleEx.Bold);
    public XFont Label { get; } = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular);
    public XFont LabelBold { get; } = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    public XFont Value { get; } = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    public XFont Table { get; } = new(DejaVuFontResolver.Family, 8.5, XFontStyleEx.Regular);
    public XFont Small { get; } = new(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
}
