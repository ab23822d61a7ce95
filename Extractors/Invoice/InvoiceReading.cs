using Intake.Extractors.Content;
using Intake.Extractors.Invoices.EInvoices;
using Intake.Extractors.Invoices.Fields;
using Intake.Extractors.Invoices.Items;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices;

/// <summary>Reads every field of an invoice from content already cleared of vertical text.</summary>
internal static class InvoiceReading
{
    public static ExtractionResult Read(DocumentContent content, ExtractionContext context)
    {
        var hints = DateOrderEvidence.Settle(content, DateHints.From(context));
        var xml = EmbeddedInvoice.Read(content);
        var fields = new Dictionary<string, ExtractedField>();
        var warnings = new List<string>();

        Add(fields, "invoiceNumber", InvoiceNumberReader.Read(content));
        AddDate(fields, warnings, "invoiceDate", DateReader.InvoiceDate(content, hints));
        AddDate(fields, warnings, "dueDate", DateReader.DueDate(content, hints));

        var customer = PartyBlock.UnderHeading(content, FieldLabels.Buyer);
        if (customer is not null)
        {
            fields["customerName"] = ExtractedField.Text(customer.Name.Text, customer.Confidence, customer.Name.Page.Number, customer.Name.Box);
        }

        if (VendorReader.Read(content, customer) is { } vendor)
        {
            fields["vendorName"] = vendor.Name;
            Add(fields, "vendorAddress", vendor.Address);
        }

        Add(fields, "vendorTaxId", ReferenceReader.VendorTaxId(content));
        Add(fields, "purchaseOrder", ReferenceReader.PurchaseOrder(content));
        context.CancellationToken.ThrowIfCancellationRequested();

        var items = LineItemsReader.Read(content, context.CancellationToken);
        var totals = CreditNotes.AsPositive(TotalsReader.Read(content, items.Holds), TitleWords.IsCreditNote(content));
        AddAmount(fields, "subtotal", totals.Subtotal);
        AddAmount(fields, "taxAmount", totals.Tax);
        AddAmount(fields, "totalAmount", totals.Total);
        AddAmount(fields, "amountDue", totals.AmountDue);
        // An e-invoice states its totals exactly: the page's not adding up is no longer worth a reviewer's look.
        if (totals.Warning is not null && xml?.Fields.ContainsKey("totalAmount") != true)
        {
            warnings.Add(totals.Warning);
        }

        var iban = Iban.Find(content);
        Add(fields, "iban", iban);
        Add(fields, "currency", CurrencyReader.Read(content, totals));

        var tables = new Dictionary<string, ExtractedTable>();
        if (items.Table is { } table)
        {
            tables["items"] = table;
        }

        if (xml is not null)
        {
            EmbeddedInvoice.Overlay(xml, fields, tables);
        }

        return new ExtractionResult
        {
            Fields = fields,
            Tables = tables,
            Warnings = warnings,
            Summary = Summary(fields),
        };
    }

    private static DocumentSummary Summary(Dictionary<string, ExtractedField> fields)
    {
        var number = fields.GetValueOrDefault("invoiceNumber")?.Value as string;
        var vendor = fields.GetValueOrDefault("vendorName")?.Value as string;
        var description = (number, vendor) switch
        {
            (not null, not null) => $"Invoice {number} from {vendor}",
            (not null, null) => $"Invoice {number}",
            (null, not null) => $"Invoice from {vendor}",
            _ => "Invoice",
        };

        return new DocumentSummary(
            description,
            fields.GetValueOrDefault("totalAmount")?.Value as decimal?,
            fields.GetValueOrDefault("invoiceDate")?.Value as DateOnly?,
            fields.GetValueOrDefault("currency")?.Value as string);
    }

    private static void Add(Dictionary<string, ExtractedField> fields, string name, ExtractedField? field)
    {
        if (field is not null)
        {
            fields[name] = field;
        }
    }

    private static void AddAmount(Dictionary<string, ExtractedField> fields, string name, TotalValue? total)
    {
        if (total is not null)
        {
            var source = total.Source;
            fields[name] = ExtractedField.Amount(total.Value, total.Confidence, source?.Page.Number, source?.Amount.Box) with { SourceText = source?.Amount.Text };
        }
    }

    private static void AddDate(Dictionary<string, ExtractedField> fields, List<string> warnings, string name, DateReading? reading)
    {
        if (reading is null)
        {
            return;
        }

        fields[name] = reading.Field;
        if (reading.Note is not null)
        {
            warnings.Add($"{name}: {reading.Note}");
        }
    }
}
