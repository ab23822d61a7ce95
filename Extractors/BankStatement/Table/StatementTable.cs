using Intake.Extractors.Content;
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
        fallbackDates,
        reader.LatestFullDate);

    public static StatementTable Read(TableReader reader, CellParsing parsing, StatedBalance? labelledOpening, StatedBalance? labelledClosing)
    {
        var spelling = DescriptionSpelling.Of(reader.Transactions.Where(t => t.First.Page.Source == TextSource.Ocr)
            .SelectMany(t => t.Description).SelectMany(c => c.Words));
        var parsed = reader.Transactions.Select(raw => Parse(raw, parsing, spelling)).ToList();

        var opening = reader.Markers
            .Where(m => m.TransactionsBefore == 0 && m.Kind is BalanceMarkerKind.Opening or BalanceMarkerKind.CarriedForward)
            .Select(m => Stated(m, parsing)).FirstOrDefault(b => b is not null);
        var closing = reader.Markers
            .Where(m => m.TransactionsBefore == reader.Transactions.Count && m.Kind is BalanceMarkerKind.Closing)
            .Select(m => Stated(m, parsing)).LastOrDefault(b => b is not null);

        var chainStart = ChainStart(new[] { labelledOpening, opening }.OfType<StatedBalance>().ToList(), parsed);
        var closings = new[] { labelledClosing, closing }.OfType<StatedBalance>().Select(c => c.Value).ToList();
        var checkedRows = DateChain.Repair(BalanceChain.Repair(chainStart, parsed, closings), parsing.Dates.Order ?? DateOrder.DayMonthYear);
        return new StatementTable(checkedRows, parsing, opening?.Value, closing?.Value,
            reader.Headers.Select(h => h.Currency).FirstOrDefault(c => c is not null), reader.Headers.Count);
    }

    private static StatedBalance? Stated(BalanceMarker marker, CellParsing parsing) =>
        parsing.Money(marker.Balance) is { } value ? new StatedBalance(value, marker.Balance!.Confidence) : null;

    private static Transaction Parse(RawTransaction raw, CellParsing parsing, DescriptionSpelling spelling)
    {
        var debit = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Debit));
        var credit = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Credit));
        var signed = parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Amount));
        decimal? amount = signed ?? (debit, credit) switch
        {
            (null, null) => null,
            _ => Math.Abs(credit ?? 0) - Math.Abs(debit ?? 0),
        };
        var description = string.Join(' ', raw.Description.SelectMany(c => c.Words).Select(w => spelling.Usual(w.Text)).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var cells = raw.Description.Concat(raw.Money.Values).Append(raw.Date).OfType<Cell>().ToList();
        var amountCells = raw.Money.Where(m => m.Key is ColumnRole.Debit or ColumnRole.Credit or ColumnRole.Amount).Select(m => m.Value).ToList();
        return new Transaction(parsing.Date(raw.Date), description, amount, parsing.Money(raw.Money.GetValueOrDefault(ColumnRole.Balance)),
            raw.Page, raw.Box, cells.Count == 0 ? 0 : cells.Min(c => c.Confidence))
        {
            AmountConfidence = amountCells.Count == 0 ? 0 : amountCells.Min(c => c.Confidence),
            BalanceConfidence = raw.Money.GetValueOrDefault(ColumnRole.Balance)?.Confidence ?? 0,
            DateText = raw.Date?.Text,
            ValueDate = raw.Date == raw.First[ColumnRole.ValueDate] ? null : parsing.Date(raw.First[ColumnRole.ValueDate]),
        };
    }

    /// <summary>
    /// The balance the running check starts from: the first stated opening balance the first row
    /// runs on from; else, when the second row confirms the first row's balance, either its amount
    /// or the stated opening was misread: the stated opening when it is read more surely than the
    /// amount and a digit or two from what the amount implies, else the first row's balance less
    /// its amount; else whatever is stated, or implied.
    /// </summary>
    private static decimal? ChainStart(IReadOnlyList<StatedBalance> stated, IReadOnlyList<Transaction> rows)
    {
        if (rows.FirstOrDefault() is not { Amount: { } amount, Balance: { } balance } first)
        {
            return stated.Count > 0 ? stated[0].Value : null;
        }

        if (stated.Where(s => s.Value + amount == balance).Select(s => (decimal?)s.Value).FirstOrDefault() is { } runsOn)
        {
            return runsOn;
        }

        var confirmed = rows.Count > 1 && rows[1] is { Amount: { } next, Balance: { } nextBalance } && balance + next == nextBalance;
        if (!confirmed)
        {
            return stated.Count > 0 ? stated[0].Value : ImpliedOpening(rows);
        }

        var amountMisread = stated.Where(s => s.Confidence > first.AmountConfidence && BalanceChain.IsMisreading(amount, balance - s.Value))
            .Select(s => (decimal?)s.Value).FirstOrDefault();
        return amountMisread ?? balance - amount;
    }

    /// <summary>With no opening balance stated, the first row's balance less its amount.</summary>
    private static decimal? ImpliedOpening(IReadOnlyList<Transaction> rows) =>
        rows.FirstOrDefault() is { Amount: { } amount, Balance: { } balance } ? balance - amount : null;
}
