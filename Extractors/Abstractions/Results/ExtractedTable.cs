namespace Intake.Extractors.Results;

/// <summary>A table (line items, transactions): rows of typed cells named by the schema's columns.</summary>
public sealed record ExtractedTable(IReadOnlyList<TableRow> Rows);

/// <summary>One row: its cells by column name (a missing cell is simply absent).</summary>
public sealed record TableRow(IReadOnlyDictionary<string, ExtractedField> Cells)
{
    /// <summary>The cell in <paramref name="column"/>, or null when the row has none.</summary>
    public ExtractedField? this[string column] => Cells.GetValueOrDefault(column);
}
