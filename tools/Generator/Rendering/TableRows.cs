using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Statements;

namespace Intake.Tools.Generator.Rendering;

/// <summary>A row of the printed table: a transaction (its description in one or more lines) or a balance line.</summary>
internal abstract record TableRow(int Lines);

internal sealed record TransactionRow(Transaction Transaction, IReadOnlyList<string> DescriptionLines) : TableRow(DescriptionLines.Count);

/// <summary>Opening, closing, carried-forward and brought-forward lines: a label and a balance, no amount.</summary>
internal sealed record BalanceRow(string Label, decimal Balance) : TableRow(1);

/// <summary>Splits a statement's rows over pages, with carried-forward and brought-forward lines where a page breaks.</summary>
internal static class TablePagination
{
    public static IReadOnlyList<IReadOnlyList<TableRow>> Paginate(Statement statement, StatementLayout layout, Func<string, IReadOnlyList<string>> wrap)
    {
        var rows = statement.Transactions.Select(t => (TableRow)new TransactionRow(t, wrap(t.Description))).ToList();
        var pages = new List<IReadOnlyList<TableRow>>();
        var current = new List<TableRow>();
        var balance = statement.OpeningBalance;
        var used = 0;
        if (layout.BalancesInTable)
        {
            current.Add(new BalanceRow(layout.Labels.OpeningBalance, statement.OpeningBalance));
            used++;
        }

        // Page 1 has the account details above the table, so it holds fewer rows.
        var capacity = layout.RowsPerPage;
        foreach (var row in rows)
        {
            if (used + row.Lines > capacity - 1)
            {
                current.Add(new BalanceRow(layout.Labels.CarriedForward, balance));
                pages.Add(current);
                current = [new BalanceRow(layout.Labels.BroughtForward, balance)];
                used = 1;
                capacity = layout.RowsPerPage + 14;
            }

            current.Add(row);
            used += row.Lines;
            balance = ((TransactionRow)row).Transaction.Balance;
        }

        if (layout.BalancesInTable)
        {
            current.Add(new BalanceRow(layout.Labels.ClosingBalance, statement.ClosingBalance));
        }

        pages.Add(current);
        return pages;
    }
}
