using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>The transactions of a statement, parsed and checked against the running balance, with the balances the table states itself.</summary>
internal sealed record StatementTable(
    IReadOnlyList<Transaction> Transactions, CellParsing Parsing, decimal? StatedOpening, decimal? StatedClosing, string? HeaderCurrency, int HeaderCount)
{
    /// <summary>How the table writes dates and amounts, from all of its cells.</summary>
    public static CellParsing ParsingOf(TableReader reader, DateHints fallbackDates) => CellParsing.For(
        reader.Transactions.Select(t => t.Date?.Text).OfType<string>(),
        reader.Transactions.SelectMany(t => t.Money.Values).Concat(reader.Markers.Select(m => m.Balance).OfType<Cell>()).Select(c => c.Text),
        fallbackDates);

    public static StatementTable Read(TableReader reader, CellParsing parsing, decimal? labelledOpening)
    {
        var parsed = reader.Transactions.Select(raw => Parse(raw, parsing)).ToList();

        var opening = reader.Markers
            .Where(m => m.TransactionsBefore == 0 && m.Kind is BalanceMarkerKind.Opening or BalanceMarkerKind.CarriedForward)
            .Select(m => parsing.Money(m.Balance)).FirstOrDefault(b => b is not null);
        var closing = reader.Markers
            .Where(m => m.TransactionsBefore == reader.Transactions.Count && m.Kind is BalanceMarkerKind.Closing)
            .Select(m => parsing.Money(m.Balance)).LastOrDefault(b => b is not null);

        var chainStart = ChainStart([labelledOpening, opening], parsed);
        return new StatementTable(BalanceChain.Repair(chainStart, parsed), parsing, opening, closing,
            reader.Headers.Select(h => h.Currency).FirstOrDefault(c => c is not null), reader.Headers.Count);
    }

    private static Transaction Parse(RawTransaction raw, CellParsing parsing)
    {
        var debit = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Debit));
        var credit = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Credit));
        var signed = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Amount));
        decimal? amount = signed ?? (debit, credit) switch
        {
            (null, null) => null,
            _ => Math.Abs(credit ?? 0) - Math.Abs(debit ?? 0),
        };
        var description = string.Join(' ', raw.Description.Select(c => c.Text).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var cells = raw.Description.Concat(raw.Money.Values).Append(raw.Date).OfType<Cell>().ToList();
        return new Transaction(parsing.Date(raw.Date), description, amount, parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Balance)),
            raw.Page, raw.Box, cells.Count == 0 ? 0 : cells.Min(c => c.Confidence));
    }

    /// <summary>
    /// The balance the running check starts from: the first stated opening balance the first row
    /// runs on from; else, when the second row confirms the first, the first row's balance less
    /// its amount (a stated opening balance was misread); else whatever is stated, or implied.
    /// </summary>
    private static decimal? ChainStart(decimal?[] stated, IReadOnlyList<Transaction> rows)
    {
        if (rows.FirstOrDefault() is not { Amount: { } amount, Balance: { } balance })
        {
            return stated.FirstOrDefault(s => s is not null);
        }

        var confirmed = rows.Count > 1 && rows[1] is { Amount: { } next, Balance: { } nextBalance } && balance + next == nextBalance;
        return stated.FirstOrDefault(s => s + amount == balance)
            ?? (confirmed ? balance - amount : stated.FirstOrDefault(s => s is not null) ?? ImpliedOpening(rows));
    }

    /// <summary>With no opening balance stated, the first row's balance less its amount.</summary>
    private static decimal? ImpliedOpening(IReadOnlyList<Transaction> rows) =>
        rows.FirstOrDefault() is { Amount: { } amount, Balance: { } balance } ? balance - amount : null;
}
