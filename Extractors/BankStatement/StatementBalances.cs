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
        LabelledBalance? labelledOpening, LabelledBalance? labelledClosing, StatementTable table, bool readByOcr, List<string> warnings)
    {
        var rows = table.Transactions;
        var fields = new Dictionary<string, ExtractedField>();
        var implied = rows.FirstOrDefault() is { Amount: { } a, Balance: { } b } first ? ExtractedField.Amount(b - a, 0.6, first.Page, first.Box) : null;
        var lastRow = rows.LastOrDefault(r => r.Balance is not null);
        var last = lastRow is { Balance: { } l } ? ExtractedField.Amount(l, 0.6, lastRow.Page, lastRow.Box) : null;
        var opening = Agreeing(implied, labelledOpening?.Field, Stated(table.StatedOpening), "opening", readByOcr, warnings);
        var closing = Agreeing(last, labelledClosing?.Field, Stated(table.StatedClosing), "closing", readByOcr && lastRow is { BalanceDerived: false }, warnings);
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

    private static ExtractedField? Stated(decimal? value) => value is { } v ? ExtractedField.Amount(v, 0.85) : null;

    /// <summary>
    /// The stated balance (labelled above the table, else stated in it) that agrees with what the
    /// checked transactions imply. When none does: from a text layer, the stated one, so the
    /// reconciliation reports the difference; from OCR, the transactions' own when they were read
    /// (the running balance has checked each of them and a lone figure is easily misread), not when
    /// the last balance was only worked out from amounts, which nothing read then vouches for.
    /// </summary>
    private static ExtractedField? Agreeing(
        ExtractedField? fromRows, ExtractedField? labelled, ExtractedField? inTable, string which, bool trustRows, List<string> warnings)
    {
        var stated = new[] { labelled, inTable }.OfType<ExtractedField>().ToList();
        if (fromRows is null || stated.Count == 0)
        {
            return stated.FirstOrDefault() ?? fromRows;
        }

        if (stated.FirstOrDefault(s => Equals(s.Value, fromRows.Value)) is { } agreeing)
        {
            return agreeing;
        }

        if (!trustRows)
        {
            return stated[0];
        }

        warnings.Add($"The {which} balance reads {stated[0].Value}; the transactions' running balances give {fromRows.Value}, which is used.");
        return fromRows;
    }
}
