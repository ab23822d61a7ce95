using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Processor.Extraction;

/// <summary>
/// A plugin's result, checked and copied into the host's own collections while still inside
/// the plugin call's catch-all: a null result or a value of the wrong type fails the document
/// there, and no plugin-owned object outlives the call (it would keep the plugin loaded).
/// </summary>
public static class CheckedResult
{
    public static ExtractionResult Of(ExtractionResult? result)
    {
        if (result is null)
        {
            throw new InvalidOperationException("it returned no result");
        }

        var fields = result.Fields.ToDictionary(f => f.Key, f => Checked(f.Key, f.Value));
        var tables = result.Tables.ToDictionary(
            t => t.Key,
            t => new ExtractedTable(t.Value.Rows.Select(r => new TableRow(r.Cells.ToDictionary(c => c.Key, c => Checked($"{t.Key}.{c.Key}", c.Value)))).ToList()));
        return new ExtractionResult
        {
            Fields = fields,
            Tables = tables,
            Summary = result.Summary ?? new DocumentSummary(),
            Warnings = [.. result.Warnings ?? []],
            Confidence = result.Confidence is { } c && double.IsFinite(c) ? Math.Clamp(c, 0, 1) : null,
        };
    }

    private static ExtractedField Checked(string name, ExtractedField? field)
    {
        if (field is null)
        {
            throw new InvalidOperationException($"field '{name}' is null");
        }

        var fits = field.Value switch
        {
            null => true,
            string => field.Type is FieldType.Text or FieldType.Currency,
            decimal => field.Type is FieldType.Number or FieldType.Amount,
            DateOnly => field.Type is FieldType.Date,
            TimeOnly => field.Type is FieldType.Time,
            bool => field.Type is FieldType.Boolean,
            _ => false,
        };
        if (!fits)
        {
            throw new InvalidOperationException($"field '{name}' is declared {field.Type} but holds a {field.Value!.GetType().Name}");
        }

        // An out-of-range confidence is a plugin's slip, not a reason to lose the document.
        var confidence = double.IsFinite(field.Confidence) ? Math.Clamp(field.Confidence, 0, 1) : 0;
        return field with { Confidence = confidence };
    }
}
