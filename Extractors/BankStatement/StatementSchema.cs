using Intake.Extractors.Schema;

namespace Intake.Extractors.BankStatements;

/// <summary>What a BANK_STATEMENT result holds.</summary>
internal static class StatementSchema
{
    public static DocumentSchema Definition { get; } = new(
        [
            new FieldDefinition("bankName", FieldType.Text, "The bank that issued the statement."),
            new FieldDefinition("accountHolder", FieldType.Text, "Whose account it is."),
            new FieldDefinition("accountNumber", FieldType.Text, "The account number as printed (not the IBAN)."),
            new FieldDefinition("iban", FieldType.Text, "The account's IBAN, without spaces; its check digits hold."),
            new FieldDefinition("periodStart", FieldType.Date, "The first day the statement covers."),
            new FieldDefinition("periodEnd", FieldType.Date, "The last day the statement covers."),
            new FieldDefinition("openingBalance", FieldType.Amount, "The balance before the first transaction."),
            new FieldDefinition("closingBalance", FieldType.Amount, "The balance after the last transaction.", Required: true),
            new FieldDefinition("currency", FieldType.Currency, "The account's currency."),
            new FieldDefinition("balancesReconcile", FieldType.Boolean, "Whether the opening balance plus every transaction equals the closing balance."),
        ],
        [
            new TableDefinition("transactions", "The booked transactions, in statement order, across all pages.",
            [
                new FieldDefinition("date", FieldType.Date, "The booking date."),
                new FieldDefinition("description", FieldType.Text, "The description, wrapped lines joined by a space."),
                new FieldDefinition("amount", FieldType.Amount, "Signed: negative when money left the account."),
                new FieldDefinition("balance", FieldType.Amount, "The running balance after the transaction."),
            ]),
        ]);
}
