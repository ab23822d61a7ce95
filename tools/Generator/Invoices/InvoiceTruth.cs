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
        ["totalAmount"] = invoice.Gross,
        ["subtotal"] = invoice.Net,
        ["taxAmount"] = invoice.Vat,
        ["amountDue"] = invoice.Prepayment != 0 ? invoice.AmountDue : null,
        ["currency"] = invoice.Currency,
        ["lineItemCount"] = invoice.Lines.Count,
        ["vendorVatId"] = invoice.Seller.VatId,
        ["vendorIban"] = invoice.Seller.Iban,
    };

    public static string ToJson(Invoice invoice, InvoiceLayout layout) => Of(invoice, layout).ToJsonString(Indented);
}
