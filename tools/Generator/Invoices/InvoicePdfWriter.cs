using Intake.Tools.Generator.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Tools.Generator.Invoices;

/// <summary>Draws an invoice in its layout as a one-page, born-digital A4 PDF (with a text layer).</summary>
public static class InvoicePdfWriter
{
    private static readonly XSize A4 = new(595, 842);

    /// <param name="attachment">A file to carry as PDF/A-3 e-invoices carry their XML (an embedded file), or none.</param>
    public static byte[] Render(Invoice invoice, InvoiceLayout layout, (string Name, byte[] Bytes)? attachment = null)
    {
        DejaVuFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{layout.Labels.Title} {invoice.Number}";
        document.Info.CreationDate = invoice.Date.ToDateTime(TimeOnly.MinValue);
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(A4.Width);
        page.Height = XUnit.FromPoint(A4.Height);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var painter = new InvoicePainter(graphics, invoice, layout);
            var top = painter.DrawHeading();
            var bottom = painter.DrawItems(top);
            bottom = painter.DrawTotals(bottom + 12);
            painter.DrawSellerDetails(bottom + 24);
        }

        if (attachment is { } file)
        {
            document.AddEmbeddedFile(file.Name, new MemoryStream(file.Bytes));
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
