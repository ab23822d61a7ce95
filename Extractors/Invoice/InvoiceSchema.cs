using Intake.Extractors.Schema;

namespace Intake.Extractors.Invoices;

/// <summary>What the INVOICE extractor returns: the fields and the items table.</summary>
internal static class InvoiceSchema
{
    public static DocumentSchema Definition { get; } = new(
        [
            new FieldDefinition("invoiceNumber", FieldType.Text, "The invoice's (or credit note's) number, as printed.", Required: true),
            new FieldDefinition("invoiceDate", FieldType.Date, "When the invoice was issued."),
            new FieldDefinition("dueDate", FieldType.Date, "When payment is due."),
            new FieldDefinition("vendorName", FieldType.Text, "The seller: who issued the invoice and is to be paid."),
            new FieldDefinition("vendorAddress", FieldType.Text, "The seller's address, its lines joined by commas."),
            new FieldDefinition("vendorTaxId", FieldType.Text, "The seller's VAT identification or tax number."),
            new FieldDefinition("customerName", FieldType.Text, "The customer billed."),
            new FieldDefinition("purchaseOrder", FieldType.Text, "The customer's order number or reference."),
            new FieldDefinition("subtotal", FieldType.Amount, "Net total, before tax. Credit notes state their amounts as positive."),
            new FieldDefinition("taxAmount", FieldType.Amount, "Total tax (VAT, USt, TVA, GST)."),
            new FieldDefinition("totalAmount", FieldType.Amount, "Gross total, tax included.", Required: true),
            new FieldDefinition("amountDue", FieldType.Amount, "What is left to pay: the total less prepayments."),
            new FieldDefinition("currency", FieldType.Currency, "ISO 4217 code of the amounts."),
            new FieldDefinition("iban", FieldType.Text, "The IBAN to pay to, without spaces."),
        ],
        [
            new TableDefinition("items", "The invoiced lines, in printed order; a description that wraps is one row.",
            [
                new FieldDefinition("description", FieldType.Text, "What is invoiced."),
                new FieldDefinition("quantity", FieldType.Number, "How many (units as printed)."),
                new FieldDefinition("unitPrice", FieldType.Amount, "Price of one unit."),
                new FieldDefinition("amount", FieldType.Amount, "The line's amount."),
                new FieldDefinition("taxRate", FieldType.Number, "The line's tax rate in percent (19 for 19 %)."),
            ]),
        ]);
}
