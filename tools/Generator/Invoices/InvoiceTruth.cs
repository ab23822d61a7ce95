using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Tools.Generator.Invoices;

/// <summary>
/// An invoice's truth as JSON, with the corpus invoices' keys (so the benchmark scores both
/// alike) and what the generator knows besides: layout, held out or not, credit note or not.
/// <c>amountDue</c> is null unless the page prints one, as in the corpus.
/// </summary>
public static class InvoiceTruth
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Of(Invoice invoice, InvoiceLayout layout) => new()
    {
        ["id"] = invoice.Id,
        ["layout"] = layout.Name,
        ["heldOut"] = layout.HeldOut,
        ["language"] = layout.Language,
        ["creditNote"] = layout.CreditNote,
        ["invoiceNumber"] = invoice.Number,
        ["invoiceDate"] = invoice.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["vendorName"] = invoice.Seller.Name,
        ["totalAmount"] = Stated(invoice.Gross, layout),
        ["subtotal"] = Stated(invoice.Net, layout),
        ["taxAmount"] = Stated(invoice.Vat, layout),
        ["amountDue"] = invoice.Prepayment != 0 ? Stated(invoice.AmountDue, layout) : null,
        ["currency"] = invoice.Currency,
        ["lineItemCount"] = invoice.Lines.Count,
        ["vendorVatId"] = invoice.Seller.VatId,
        ["vendorIban"] = invoice.Seller.Iban,
    };

    /// <summary>
    /// A credit note's totals as EN 16931 states them, and as the corpus truth does (its "Avoir"
    /// prints −233,47 and its XML says 233.47): positive, the document's type saying the money
    /// flows back, though the page prints them negative.
    /// </summary>
    private static decimal Stated(decimal amount, InvoiceLayout layout) => layout.CreditNote ? Math.Abs(amount) : amount;

    public static string ToJson(Invoice invoice, InvoiceLayout layout) => Of(invoice, layout).ToJsonString(Indented);
}
