using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>A column as its header word(s) place it: x from <see cref="Left"/> to <see cref="Right"/>, in fractions of the page's width.</summary>
internal sealed record TableColumn(ColumnRole Role, double Left, double Right);

/// <summary>A transaction table's header row: its line, its columns left to right, and a currency printed in it ("Balance (EUR)").</summary>
internal sealed record TableHeader(Page Page, Line Line, IReadOnlyList<TableColumn> Columns, string? Currency)
{
    public TableColumn? Column(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public bool Has(ColumnRole role) => Columns.Any(c => c.Role == role);
}
