using Intake.Extractors.Schema;

namespace Intake.Extractors.Receipts;

/// <summary>What a receipt's extraction contains.</summary>
internal static class ReceiptSchema
{
    public static DocumentSchema Instance { get; } = new(
        [
            new FieldDefinition("merchantName", FieldType.Text, "The shop, restaurant or business that issued the receipt, as printed at its top."),
            new FieldDefinition("merchantAddress", FieldType.Text, "The merchant's address as printed below its name, lines joined by spaces."),
            new FieldDefinition("date", FieldType.Date, "The day of the purchase."),
            new FieldDefinition("time", FieldType.Time, "The time of the purchase, when printed."),
            new FieldDefinition("subtotal", FieldType.Amount, "The amount before tax, when printed."),
            new FieldDefinition("taxAmount", FieldType.Amount, "The sales tax (GST, SST, VAT, MwSt, TVA) the receipt states."),
            new FieldDefinition("total", FieldType.Amount, "The amount paid: after tax and after rounding to the smallest coin.", Required: true),
            new FieldDefinition("currency", FieldType.Currency, "ISO 4217 code of the amounts."),
            new FieldDefinition("paymentMethod", FieldType.Text, "How it was paid: Cash, Card, Debit card, Visa, Mastercard, Maestro or American Express."),
        ],
        [
            new TableDefinition("items", "The items bought, one row per item as printed.",
            [
                new FieldDefinition("description", FieldType.Text, "What was bought."),
                new FieldDefinition("quantity", FieldType.Number, "How many, when printed."),
                new FieldDefinition("unitPrice", FieldType.Amount, "The price of one, when printed."),
                new FieldDefinition("amount", FieldType.Amount, "The line's amount."),
            ]),
        ]);
}
