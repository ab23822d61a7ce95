using Intake.Extractors.BankStatements.Table;
using Intake.Extractors.Results;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// The opening and closing balances: as labelled above or in the table, else as the table
/// implies (the first row's balance less its amount, the last row's balance); and whether the
/// opening balance plus every transaction comes to the closing balance.
/// </summary>
internal sealed record StatementBalances(decimal? Opening, decimal? Closing, IReadOnlyDictionary<string, ExtractedField> Fields)
{
    public static StatementBalances Settle(
        (decimal Value, ExtractedField Field)? labelledOpening, (decimal Value, ExtractedField Field)? labelledClosing, StatementTable table, List<string> warnings)
    {
        var rows = table.Transactions;
        var fields = new Dictionary<string, ExtractedField>();
        var opening = labelledOpening?.Field
            ?? (table.StatedOpening is { } stated ? ExtractedField.Amount(stated, 0.85) : null)
            ?? (rows.FirstOrDefault() is { Amount: { } a, Balance: { } b } first ? ExtractedField.Amount(b - a, 0.6, first.Page, first.Box) : null);
        var closing = labelledClosing?.Field
            ?? (table.StatedClosing is { } statedClosing ? ExtractedField.Amount(statedClosing, 0.85) : null)
            ?? (rows.LastOrDefault(r => r.Balance is not null) is { Balance: { } last } lastRow ? ExtractedField.Amount(last, 0.6, lastRow.Page, lastRow.Box) : null);
        if (opening is not null)
        {
            fields["openingBalance"] = opening;
        }

        if (closing is not null)
        {
            fields["closingBalance"] = closing;
        }

        if (opening?.Value is decimal start && closing?.Value is decimal end && rows.Count > 0)
        {
            var unread = rows.Count(r => r.Amount is null);
            var sum = rows.Sum(r => r.Amount ?? 0);
            var reconciles = unread == 0 && start + sum == end;
            fields["balancesReconcile"] = ExtractedField.Boolean(reconciles, unread == 0 ? 0.95 : 0.5);
            if (!reconciles)
            {
                warnings.Add(unread > 0
                    ? $"{unread} transaction amount(s) could not be read, so the balances cannot be checked."
                    : $"Opening balance {start} plus the transactions ({sum}) is {start + sum}, not the closing balance {end}.");
            }
        }

        return new StatementBalances(opening?.Value as decimal?, closing?.Value as decimal?, fields);
    }
}
