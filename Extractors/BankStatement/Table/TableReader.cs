using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Reads the transaction table across pages: below each page's header row (or, on a page
/// without one, the last header's columns), a line with a date starts a transaction; a line
/// with only description text just below it continues it; a line naming a balance (carried
/// forward, opening, closing, totals) is not a transaction; repeated header rows are skipped.
/// </summary>
internal sealed class TableReader
{
    public List<RawTransaction> Transactions { get; } = [];

    public List<BalanceMarker> Markers { get; } = [];

    public List<TableHeader> Headers { get; } = [];

    private readonly Lazy<DateOnly?> _latestFullDate;

    private TableReader(DocumentContent content) =>
        _latestFullDate = new(() => DateParser.FindAll(content.Text, DateHints.None).Select(d => (DateOnly?)d.Value).Max());

    /// <summary>The latest date anywhere in the document printed with its year (the period's end, as a rule); looked for only when asked.</summary>
    public DateOnly? LatestFullDate => _latestFullDate.Value;

    public static TableReader Read(DocumentContent content, CancellationToken cancellationToken)
    {
        var reader = new TableReader(content);
        TableHeader? header = null;
        foreach (var page in content.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = HeaderFinder.Find(page);
            if (found is not null)
            {
                reader.Headers.Add(found);
            }

            header = found ?? header;
            if (header is not null)
            {
                reader.ReadPage(page, header, found?.Line);
            }
        }

        return reader;
    }

    private void ReadPage(Page page, TableHeader header, Line? headerLine)
    {
        RawTransaction? current = null;
        var lines = headerLine is null ? page.Lines : page.Lines.SkipWhile(l => l != headerLine).Skip(1);
        foreach (var line in lines)
        {
            if (HeaderFinder.Read(page, line) is not null)
            {
                current = null;
                continue;
            }

            var cells = RowSplitter.Split(page, line, header);
            var date = cells[ColumnRole.Date] ?? cells[ColumnRole.ValueDate];
            var hasDate = date is not null && CellParsing.IsDate(date.Text);
            if (!cells.HasAmount && MarkerKind(cells) is { } kind)
            {
                Markers.Add(new BalanceMarker(kind, cells[ColumnRole.Balance], page.Number, Transactions.Count));
                current = null;
            }
            else if (hasDate || (cells.HasAmount && cells[ColumnRole.Description] is not null && Transactions.Count > 0 && MarkerKind(cells) is null))
            {
                current = new RawTransaction(cells, hasDate ? null : Transactions[^1].Date);
                Transactions.Add(current);
            }
            else if (current is not null && Continues(current, cells))
            {
                if (cells[ColumnRole.Description] is { } more)
                {
                    current.Description.Add(more);
                }

                foreach (var (role, cell) in cells.Cells.Where(c => c.Key.IsMoney()))
                {
                    current.Money.TryAdd(role, cell);
                }

                current.LastLine = line;
            }
            else
            {
                current = null;
            }
        }
    }

    /// <summary>A wrapped line sits right below its row, holds no date, and adds only description or the row's missing amounts.</summary>
    private static bool Continues(RawTransaction current, RowCells cells)
    {
        var gap = cells.Line.Box.Top - current.LastLine.Box.Bottom;
        var onlyNew = cells.Cells.Keys.All(role => role == ColumnRole.Description || (role.IsMoney() && !current.Money.ContainsKey(role)));
        return gap < cells.Line.Box.Height * 1.2 && onlyNew && cells.Cells.Count > 0;
    }

    private static BalanceMarkerKind? MarkerKind(RowCells cells)
    {
        if (cells[ColumnRole.Description] is not { } description)
        {
            return null;
        }

        var words = cells.Line.Words.Where(w => description.Box.HorizontalOverlap(w.Box) > 0.5 && description.Box.VerticalOverlap(w.Box) > 0.5).ToList();
        var line = new Line(words);
        (string[] Labels, BalanceMarkerKind Kind)[] kinds =
        [
            (StatementVocabulary.OpeningBalanceLabels, BalanceMarkerKind.Opening),
            (StatementVocabulary.ClosingBalanceLabels, BalanceMarkerKind.Closing),
            (StatementVocabulary.CarriedForwardLabels, BalanceMarkerKind.CarriedForward),
            (StatementVocabulary.TotalLabels, BalanceMarkerKind.Total),
        ];
        return kinds
            .SelectMany(k => LabelMatcher.Find([line], 0.8, k.Labels).Where(m => m.FirstWord == 0).Select(m => (m, k.Kind)))
            .OrderByDescending(x => x.m.Score)
            .ThenByDescending(x => x.m.Label.Length)
            .Select(x => (BalanceMarkerKind?)x.Kind)
            .FirstOrDefault();
    }
}
