using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>One cell of a table line: its text as read, where it is, the reader's confidence, and its words.</summary>
internal sealed record Cell(string Text, BoundingBox Box, double Confidence, IReadOnlyList<Word> Words)
{
    public static Cell Of(IReadOnlyList<Word> words) => new(
        string.Join(' ', words.Select(w => w.Text)), BoundingBox.Enclosing(words.Select(w => w.Box)) ?? default, words.Min(w => w.Confidence), words);
}

/// <summary>A line of the table split into its columns' cells.</summary>
internal sealed record RowCells(Page Page, Line Line, IReadOnlyDictionary<ColumnRole, Cell> Cells)
{
    public Cell? this[ColumnRole role] => Cells.GetValueOrDefault(role);

    public bool HasMoney => Cells.Keys.Any(r => r.IsMoney());

    public bool HasAmount => Cells.ContainsKey(ColumnRole.Amount) || Cells.ContainsKey(ColumnRole.Debit) || Cells.ContainsKey(ColumnRole.Credit);
}
