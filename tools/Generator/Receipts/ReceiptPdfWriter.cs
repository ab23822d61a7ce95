using System.Globalization;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Tools.Generator.Receipts;

/// <summary>
/// Draws a till receipt on a page 80 mm wide and as long as its lines, in a monospace font,
/// as a born-digital PDF (with a text layer).
/// </summary>
public static class ReceiptPdfWriter
{
    private const double Width = 80 / 25.4 * 72;
    private const double Margin = 10;
    private const double LineHeight = 11;

    public static byte[] Render(Receipt receipt, ReceiptLayout layout)
    {
        DejaVuFontResolver.EnsureInstalled();
        var lines = ReceiptLines(receipt, layout);
        using var document = new PdfDocument();
        document.Info.Title = $"{receipt.MerchantName} {receipt.Id}";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(lines.Count * LineHeight + 2 * Margin + 10);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var regular = new XFont(DejaVuFontResolver.MonospaceFamily, 7.5, XFontStyleEx.Regular);
            var bold = new XFont(DejaVuFontResolver.MonospaceFamily, 8.5, XFontStyleEx.Bold);
            var y = Margin;
            foreach (var line in lines)
            {
                var font = line.Bold ? bold : regular;
                var inner = Width - 2 * Margin;
                if (line.Centered)
                {
                    graphics.Write(line.Left, font, Margin, y, inner, XStringFormats.TopCenter);
                }
                else
                {
                    graphics.Write(line.Left, font, Margin, y, inner);
                    graphics.Write(line.Right, font, Margin, y, inner, XStringFormats.TopRight);
                }

                y += line.Bold ? LineHeight + 2 : LineHeight;
            }
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static IReadOnlyList<ReceiptLine> ReceiptLines(Receipt receipt, ReceiptLayout layout)
    {
        var labels = layout.Labels;
        string Money(decimal value) => layout.Numbers.Format(value);
        var date = layout.Dates.Format(DateOnly.FromDateTime(receipt.IssuedAt));
        var time = receipt.IssuedAt.ToString("HH:mm", CultureInfo.InvariantCulture);
        var number = receipt.IssuedAt.DayOfYear * 37 % 9000 + 1000;
        var lines = new List<ReceiptLine> { new(receipt.MerchantName, Bold: true, Centered: true) };
        lines.AddRange(receipt.MerchantAddressLines.Select(a => new ReceiptLine(a, Centered: true)));
        if (receipt.VatId is { } vatId)
        {
            lines.Add(new($"{labels.VatId} {vatId}", Centered: true));
        }

        lines.Add(new(""));
        lines.Add(layout.TimeBeforeDate ? new($"{time}  {date}", $"{labels.Receipt}{number}") : new($"{date} {time}", $"{labels.Receipt} {number}"));
        lines.Add(Rule);
        foreach (var item in receipt.Items)
        {
            if (layout.QuantityPrefix && item.Quantity > 1)
            {
                lines.Add(new($"{item.Quantity} x {item.Name}", Money(item.Amount)));
                continue;
            }

            lines.Add(new(item.Name, Money(item.Amount)));
            if (item.Quantity > 1)
            {
                lines.Add(new($"  {item.Quantity} @ {Money(item.UnitPrice)}"));
            }
        }

        lines.Add(Rule);
        var rate = string.Format(CultureInfo.InvariantCulture, labels.Tax, layout.TaxRate.ToString("0.##", CultureInfo.InvariantCulture).Replace(".", layout.Numbers.Decimal, StringComparison.Ordinal));
        if (!receipt.TaxIncluded)
        {
            lines.Add(new(labels.Subtotal, Money(receipt.ItemsSum)));
            lines.Add(new(rate, Money(receipt.Tax)));
        }

        lines.Add(new($"{labels.Total} {receipt.Currency}", Money(receipt.Total), Bold: true));
        lines.AddRange(receipt.Payment.CashTendered is { } cash
            ? [new(labels.Cash, Money(cash)), new(labels.Change, Money(cash - receipt.Total))]
            : [new(labels.Card, Money(receipt.Total)), new($"**** **** **** {receipt.Payment.CardLastDigits}")]);
        if (receipt.TaxIncluded)
        {
            lines.Add(new(rate, Money(receipt.Tax)));
        }

        lines.Add(new(""));
        lines.Add(new(labels.Thanks, Centered: true));
        return lines;
    }

    private static ReceiptLine Rule => new(new string('-', 40));

    private sealed record ReceiptLine(string Left, string Right = "", bool Bold = false, bool Centered = false);
}
