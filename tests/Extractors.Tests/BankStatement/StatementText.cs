using Intake.Extractors.Results;

namespace Intake.Extractors.Tests.BankStatement;

/// <summary>Builds statement pages as monospaced text for <c>TestContent.FromText</c>: text columns left-aligned, money right-aligned under its header.</summary>
internal static class StatementText
{
    private static readonly int[] Widths = [14, 36, 12, 12, 13];

    /// <summary>A row of cells: the first two padded on the right, the others on the left, so amounts end where their header ends.</summary>
    public static string Row(params string[] cells) =>
        string.Concat(cells.Select((cell, i) => i < 2 ? cell.PadRight(Widths[i]) : cell.PadLeft(Widths[i]))).TrimEnd();

    /// <summary>One column of the extracted <c>transactions</c> table, the rows without that cell left out.</summary>
    public static IReadOnlyList<T> Column<T>(ExtractionResult result, string column) =>
        result.Tables["transactions"].Rows.Select(r => r[column]?.Value).OfType<T>().ToList();
}
