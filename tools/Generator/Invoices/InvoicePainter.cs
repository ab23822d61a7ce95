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

    public double DrawItems(double top) => new InvoiceItemTable(graphics, fonts, invoice, layout).Draw(top);

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

    private void Lines(IEnumerable<string> lines, XFont font, double x, double y)
    {
        foreach (var line in lines)
        {
            Text(line, font, x, y);
            y += font.Size * 1.35;
        }
    }

    private void Text(string text, XFont font, double x, double y, double width = 400, XStringFormat? format = null) =>
        graphics.Write(text, font, x, y, width, format);
}
