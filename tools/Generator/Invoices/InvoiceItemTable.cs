using System.Globalization;
using Intake.Tools.Generator.Rendering;
using PdfSharp.Drawing;

namespace Intake.Tools.Generator.Invoices;

/// <summary>The item table: description (wrapped onto further lines where it is long), quantity, unit price, VAT rate, amount.</summary>
internal sealed class InvoiceItemTable(XGraphics graphics, InvoiceFonts fonts, Invoice invoice, InvoiceLayout layout)
{
    private const double Margin = 50;
    private const double RowHeight = 13;
    private InvoiceLabels Labels => layout.Labels;
    private double Right => graphics.PageSize.Width - Margin;

    /// <summary>The item table, descriptions wrapped to their column; returns the y below it.</summary>
    public double Draw(double top)
    {
        var columns = new (string Header, double Width, bool Numeric)[]
        {
            (Labels.Description, 245, false), (Labels.Quantity, 45, true), (Labels.UnitPrice, 85, true), (Labels.VatRate, 40, true), (Labels.Amount, 80, true),
        };
        var x = Margin;
        foreach (var (header, width, numeric) in columns)
        {
            Cell(header, fonts.LabelBold, x, top, width, numeric);
            x += width;
        }

        graphics.DrawLine(XPens.Black, Margin, top + RowHeight, Right, top + RowHeight);
        var y = top + RowHeight + 4;
        foreach (var line in invoice.Lines)
        {
            var description = Wrap(line.Description, fonts.Table, columns[0].Width - 6);
            string[] values = [line.Quantity.ToString("0", CultureInfo.InvariantCulture), layout.Numbers.Format(line.UnitPrice), VatRate.Printed(line.VatRate, layout.Numbers) + " %", layout.Numbers.Format(line.Amount)];
            for (var i = 0; i < description.Count; i++)
            {
                Cell(description[i], fonts.Table, Margin, y + i * RowHeight, columns[0].Width, false);
            }

            x = Margin + columns[0].Width;
            for (var i = 0; i < values.Length; i++)
            {
                Cell(values[i], fonts.Table, x, y, columns[i + 1].Width, true);
                x += columns[i + 1].Width;
            }

            y += description.Count * RowHeight + 3;
        }

        graphics.DrawLine(XPens.Black, Margin, y, Right, y);
        return y;
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split(' '))
        {
            var candidate = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
            if (lines[^1].Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(word);
            }
            else
            {
                lines[^1] = candidate;
            }
        }

        return lines;
    }

    private void Cell(string text, XFont font, double x, double y, double width, bool numeric) =>
        graphics.Write(text, font, x + 3, y, width - 6, numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
}

/// <summary>A VAT rate as the layout prints it: whole rates without decimals (19), others with the layout's decimal mark (5,5).</summary>
internal static class VatRate
{
    public static string Printed(decimal rate, Layouts.NumberStyle numbers) => rate % 1 == 0
        ? rate.ToString("0", CultureInfo.InvariantCulture)
        : rate.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", numbers.Decimal, StringComparison.Ordinal);
}
