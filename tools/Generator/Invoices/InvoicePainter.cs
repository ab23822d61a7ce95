using System.Globalization;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Rendering;
using Intake.Tools.Generator.Statements;
using PdfSharp.Drawing;

namespace Intake.Tools.Generator.Invoices;

/// <summary>Draws the parts of an invoice page: seller, customer and invoice details, items, totals, seller's tax and bank details.</summary>
internal sealed class InvoicePainter(XGraphics graphics, Invoice invoice, InvoiceLayout layout)
{
    private const double Margin = 50;
    private const double RowHeight = 13;
    private readonly InvoiceFonts fonts = new();
    private InvoiceLabels Labels => layout.Labels;
    private double Right => graphics.PageSize.Width - Margin;

    /// <summary>Seller (letterhead or sender line), title, customer and invoice details; returns where the items start.</summary>
    public double DrawHeading()
    {
        var seller = invoice.Seller;
        if (layout.Seller == SellerPlacement.Letterhead)
        {
            Text(seller.Name, fonts.Letterhead, Margin, 45);
            Lines(seller.AddressLines, fonts.Label, Margin, 66);
            Text(Labels.Title, fonts.Title, Margin, 45, Right - Margin, XStringFormats.TopRight);
        }
        else
        {
            Text(string.Join(" · ", seller.AddressLines.Prepend(seller.Name)), fonts.Small, Margin, 120);
        }

        var customerTop = 135.0;
        if (Labels.Customer.Length > 0)
        {
            Text(Labels.Customer, fonts.LabelBold, Margin, customerTop);
            customerTop += RowHeight;
        }

        Text(invoice.Customer.Name, fonts.Value, Margin, customerTop);
        Lines(invoice.Customer.AddressLines, fonts.Label, Margin, customerTop + RowHeight);

        var details = new List<(string Label, string Value)>
        {
            (Labels.Number, invoice.Number),
            (Labels.Date, layout.Dates.Format(invoice.Date)),
            (Labels.DueDate, layout.Dates.Format(invoice.DueDate)),
        };
        if (invoice.CorrectedInvoiceNumber is { } corrected)
        {
            details.Add((Labels.Corrects, corrected));
        }

        if (layout.ValuesBelowLabels)
        {
            // The held-out arrangement: each value under its label, in a row of cells.
            for (var i = 0; i < details.Count; i++)
            {
                Text(details[i].Label, fonts.Label, Margin + i * 125, 215);
                Text(details[i].Value, fonts.Value, Margin + i * 125, 228);
            }

            return 265;
        }

        var y = 135.0;
        foreach (var (label, value) in details)
        {
            Text(label + ":", fonts.Label, 330, y);
            Text(value, fonts.Value, 445, y);
            y += RowHeight;
        }

        if (layout.Seller == SellerPlacement.Footer)
        {
            Text($"{Labels.Title} {invoice.Number}", fonts.Title, Margin, 225);
            return 260;
        }

        return 230;
    }

    /// <summary>The item table, descriptions wrapped to their column; returns the y below it.</summary>
    public double DrawItems(double top)
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
            string[] values = [line.Quantity.ToString("0", CultureInfo.InvariantCulture), Money(line.UnitPrice), Rate(line.VatRate), Money(line.Amount)];
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

    public double DrawTotals(double top) => new InvoiceTotalsPainter(graphics, fonts, invoice, layout).Draw(top);

    /// <summary>The seller's VAT id and IBAN: under the totals after a letterhead, else in a three-column footer with the address.</summary>
    public void DrawSellerDetails(double top)
    {
        var seller = invoice.Seller;
        Text(Labels.Closing, fonts.Label, Margin, top);
        if (layout.Seller == SellerPlacement.Letterhead)
        {
            Text($"{Labels.VatId}: {seller.VatId}", fonts.Label, Margin, top + 2 * RowHeight);
            Text($"{Labels.Iban}: {IbanNumbers.Printed(seller.Iban!)}", fonts.Label, Margin, top + 3 * RowHeight);
            return;
        }

        var footer = graphics.PageSize.Height - 80;
        graphics.DrawLine(XPens.Gray, Margin, footer - 6, Right, footer - 6);
        Lines([seller.Name, .. seller.AddressLines], fonts.Small, Margin, footer);
        Lines([Labels.VatId, seller.VatId!], fonts.Small, Margin + 180, footer);
        Lines([Labels.Iban, IbanNumbers.Printed(seller.Iban!)], fonts.Small, Margin + 330, footer);
    }

    private string Money(decimal value) => layout.Numbers.Format(value);

    private string Rate(decimal rate) => (rate % 1 == 0 ? rate.ToString("0", CultureInfo.InvariantCulture)
        : rate.ToString("0.0", CultureInfo.InvariantCulture).Replace(".", layout.Numbers.Decimal, StringComparison.Ordinal)) + " %";

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

    private void Lines(IEnumerable<string> lines, XFont font, double x, double y)
    {
        foreach (var line in lines)
        {
            Text(line, font, x, y);
            y += font.Size * 1.35;
        }
    }

    private void Cell(string text, XFont font, double x, double y, double width, bool numeric) =>
        Text(text, font, x + 3, y, width - 6, numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);

    private void Text(string text, XFont font, double x, double y, double width = 400, XStringFormat? format = null) =>
        graphics.Write(text, font, x, y, width, format);
}
