using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Statements;
using PdfSharp.Drawing;

namespace Intake.Tools.Generator.Rendering;

/// <summary>Draws the parts of one statement page: headings, account details, the table, the footer.</summary>
internal sealed class StatementPainter(XGraphics graphics, StatementPdfWriter.Fonts fonts, Statement statement, StatementLayout layout)
{
    private const double Margin = StatementPdfWriter.Margin;
    private const double RowHeight = StatementPdfWriter.RowHeight;
    private double Right => graphics.PageSize.Width - Margin;

    /// <summary>Bank, title, account details and (unless the table holds them) the balances; returns where the table starts.</summary>
    public double DrawFirstPageHeading()
    {
        Text(statement.BankName, fonts.Bank, Margin, 42);
        Text(layout.Title, fonts.Title, Margin, 45, Right - Margin, XStringFormats.TopRight);
        var labels = layout.Labels;
        var details = new List<(string Label, string Value)>
        {
            (labels.AccountHolder, statement.AccountHolder),
            (labels.AccountNumber, statement.AccountNumber),
        };
        if (statement.Iban is { } iban)
        {
            details.Add((labels.Iban, IbanNumbers.Printed(iban)));
        }

        details.Add((labels.Period, string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.PeriodRange,
            layout.PeriodDateStyle.Format(statement.PeriodStart), layout.PeriodDateStyle.Format(statement.PeriodEnd))));
        details.Add((labels.Currency, statement.Currency));
        var y = 90.0;
        foreach (var (label, value) in details)
        {
            Text(label + ":", fonts.Label, Margin, y);
            Text(value, fonts.Value, Margin + 115, y);
            y += 14;
        }

        if (!layout.BalancesInTable)
        {
            var boxLeft = Right - 200;
            Text(labels.OpeningBalance, fonts.Label, boxLeft, 90);
            Text(Money(statement.OpeningBalance, balance: true), fonts.Value, boxLeft, 90, 200, XStringFormats.TopRight);
            Text(labels.ClosingBalance, fonts.Label, boxLeft, 104);
            Text(Money(statement.ClosingBalance, balance: true), fonts.Value, boxLeft, 104, 200, XStringFormats.TopRight);
        }

        return y + 22;
    }

    public double DrawContinuationHeading()
    {
        Text(statement.BankName, fonts.Label, Margin, 40);
        var reference = statement.Iban is { } iban ? IbanNumbers.Printed(iban) : statement.AccountNumber;
        Text($"{layout.Title} · {reference}", fonts.Label, Margin, 40, Right - Margin, XStringFormats.TopRight);
        return 70;
    }

    public void DrawTable(IReadOnlyList<TableRow> rows, double top)
    {
        var x = Margin;
        foreach (var column in layout.Columns)
        {
            var header = column.IsNumeric && layout.CurrencyInHeaders ? $"{column.Header} ({statement.Currency})" : column.Header;
            Cell(header, fonts.Header, x, top, column);
            x += column.Width;
        }

        graphics.DrawLine(XPens.Black, Margin, top + RowHeight, x, top + RowHeight);
        var y = top + RowHeight + 4;
        foreach (var row in rows)
        {
            DrawRow(row, y);
            y += row.Lines * RowHeight;
        }
    }

    public void DrawFooter(int page, int pages)
    {
        var height = graphics.PageSize.Height;
        if (page == 1)
        {
            Text(layout.Labels.Footer, fonts.Small, Margin, height - 62);
        }

        Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, layout.Labels.PageOf, page, pages), fonts.Small, Margin, height - 40, Right - Margin, XStringFormats.TopCenter);
    }

    private void DrawRow(TableRow row, double y)
    {
        var x = Margin;
        foreach (var column in layout.Columns)
        {
            var text = (row, column.Kind) switch
            {
                (TransactionRow t, ColumnKind.Date) => layout.Dates.Format(t.Transaction.Date),
                (TransactionRow t, ColumnKind.ValueDate) => layout.Dates.Format(t.Transaction.ValueDate),
                (TransactionRow t, ColumnKind.Description) => string.Join('\n', t.DescriptionLines),
                (TransactionRow t, ColumnKind.Debit) => t.Transaction.Amount < 0 ? Money(-t.Transaction.Amount, balance: false) : "",
                (TransactionRow t, ColumnKind.Credit) => t.Transaction.Amount > 0 ? Money(t.Transaction.Amount, balance: false) : "",
                (TransactionRow t, ColumnKind.Amount) => Money(t.Transaction.Amount, balance: false),
                (TransactionRow t, ColumnKind.Balance) => Money(t.Transaction.Balance, balance: true),
                (BalanceRow b, ColumnKind.Description) => b.Label,
                (BalanceRow b, ColumnKind.Balance) => Money(b.Balance, balance: true),
                _ => "",
            };
            var lineY = y;
            foreach (var line in text.Split('\n'))
            {
                Cell(line, fonts.Table, x, lineY, column);
                lineY += RowHeight;
            }

            x += column.Width;
        }
    }

    private string Money(decimal value, bool balance) =>
        (balance && layout.BalanceNegative is { } negative ? layout.Numbers with { Negative = negative } : layout.Numbers).Format(value);

    private void Cell(string text, XFont font, double x, double y, Column column) =>
        Text(text, font, x + 3, y, column.Width - 6, column.IsNumeric ? XStringFormats.TopRight : XStringFormats.TopLeft);

    private void Text(string text, XFont font, double x, double y, double width = 400, XStringFormat? format = null)
    {
        if (text.Length > 0)
        {
            graphics.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), format ?? XStringFormats.TopLeft);
        }
    }
}
