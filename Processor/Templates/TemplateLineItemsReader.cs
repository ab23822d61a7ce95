using Intake.Core.Templates;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Processor.Templates;

/// <summary>
/// A template's line items: from the first line holding the start label, every following line
/// (across pages) that matches the row pattern is a row, until a line holding the end label.
/// </summary>
internal static class TemplateLineItemsReader
{
    public static ExtractedTable Read(TemplateLineItems items, DocumentContent content, DateHints hints)
    {
        var rowPattern = TemplatePatterns.Create(items.RowPattern);
        var lines = content.Lines.ToList();
        var start = lines.FindIndex(l => IsLabelled(l.Line, items.Start));
        var rows = new List<TableRow>();
        if (start < 0)
        {
            return new ExtractedTable(rows);
        }

        foreach (var (page, line) in lines.Skip(start + 1))
        {
            if (items.End is { } end && IsLabelled(line, end))
            {
                break;
            }

            var match = rowPattern.Match(line.Text);
            if (!match.Success)
            {
                continue;
            }

            var cells = new Dictionary<string, ExtractedField>();
            foreach (var column in items.Columns)
            {
                if (match.Groups[column.Name] is { Success: true } group
                    && TemplateValues.Convert(group.Value, column.Type, hints, line.Confidence * 0.9, page.Number, line.Box) is { } cell)
                {
                    cells[column.Name] = cell;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new TableRow(cells));
            }
        }

        return new ExtractedTable(rows);
    }

    private static bool IsLabelled(Line line, string label) => LabelMatcher.Find([line], label).Count > 0;
}
