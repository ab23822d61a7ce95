using Intake.Extractors.Results;

namespace Intake.Extractors.BankStatements;

/// <summary>The transactions as the result's <c>transactions</c> table, each cell with the row's page, box and confidence.</summary>
internal static class TransactionTable
{
    public static ExtractedTable Of(IReadOnlyList<Table.Transaction> transactions) => new(transactions.Select(t =>
    {
        // A repaired value is a deduction, not a reading: less certain than what was read.
        var confidence = Math.Clamp(t.Confidence * (t.Repair is null ? 0.95 : 0.7), 0, 1);
        var cells = new Dictionary<string, ExtractedField>();
        if (t.Date is { } date)
        {
            cells["date"] = ExtractedField.Date(date, confidence, t.Page, t.Box);
        }

        if (t.Description.Length > 0)
        {
            cells["description"] = ExtractedField.Text(t.Description, confidence, t.Page, t.Box);
        }

        if (t.Amount is { } amount)
        {
            cells["amount"] = ExtractedField.Amount(amount, confidence, t.Page, t.Box);
        }

        if (t.Balance is { } balance)
        {
            cells["balance"] = ExtractedField.Amount(balance, confidence, t.Page, t.Box);
        }

        return new TableRow(cells);
    }).ToList());
}
