using Intake.Extractors.Content;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.EInvoices;

/// <summary>
/// An e-invoice's own data, from the XML its PDF carries (ZUGFeRD, Factur-X, XRechnung in CII
/// or UBL). Its values are exact and take the place of those read from the page, each field
/// saying where it came from; fields the XML lacks keep what the page gave.
/// </summary>
internal static class EmbeddedInvoice
{
    public static EInvoiceFields? Read(DocumentContent content) => EInvoiceXml.InvoiceRoot(content) switch
    {
        null => null,
        { Name.LocalName: "Invoice" or "CreditNote" } ubl => UblInvoice.Read(ubl),
        var cii => CiiInvoice.Read(cii),
    };

    /// <summary>The page's fields and items with the XML's laid over them.</summary>
    public static void Overlay(EInvoiceFields xml, Dictionary<string, ExtractedField> fields, Dictionary<string, ExtractedTable> tables)
    {
        foreach (var (name, field) in xml.Fields)
        {
            fields[name] = field;
        }

        if (xml.Items.Count > 0)
        {
            tables["items"] = new ExtractedTable(xml.Items);
        }
    }
}
