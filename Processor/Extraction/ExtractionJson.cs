using System.Globalization;
using System.Text.Json.Nodes;
using Intake.Extractors.Results;

namespace Intake.Processor.Extraction;

/// <summary>
/// Renders a result as the document resource shows it: <c>extraction</c> =
/// <c>{fields, fieldDetails, tables, confidence}</c> with flat values, and <c>document</c> =
/// the summary. Dates as ISO strings, amounts as JSON numbers.
/// </summary>
public static class ExtractionJson
{
    /// <param name="templateId">The user's template that read the fields, when one did instead of the type's plugin.</param>
    public static JsonObject Extraction(ExtractionResult result, string? documentType, string? version, string? templateId = null)
    {
        var fields = new JsonObject();
        var details = new JsonObject();
        foreach (var (name, field) in result.Fields)
        {
            fields[name] = Value(field.Value);
            details[name] = new JsonObject
            {
                ["type"] = field.Type.ToString().ToLowerInvariant(),
                ["confidence"] = Math.Round(field.Confidence, 4),
                ["page"] = field.Page,
                ["box"] = field.Box is { } box
                    ? new JsonObject { ["left"] = Math.Round(box.Left, 5), ["top"] = Math.Round(box.Top, 5), ["width"] = Math.Round(box.Width, 5), ["height"] = Math.Round(box.Height, 5) }
                    : null,
            };
            if (field.Source is { } source)
            {
                details[name]!["source"] = source;
            }
        }

        var tables = new JsonObject();
        foreach (var (name, table) in result.Tables)
        {
            tables[name] = new JsonArray(table.Rows.Select(row => (JsonNode?)new JsonObject(row.Cells.Select(c => KeyValuePair.Create(c.Key, Value(c.Value.Value))))).ToArray());
        }

        return new JsonObject
        {
            ["fields"] = fields,
            ["fieldDetails"] = details,
            ["tables"] = tables,
            ["confidence"] = Math.Round(result.OverallConfidence, 4),
            ["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode?)w).ToArray()),
            ["extractor"] = templateId is null
                ? new JsonObject { ["documentType"] = documentType, ["version"] = version }
                : new JsonObject { ["documentType"] = documentType, ["template"] = templateId },
        };
    }

    public static JsonObject Summary(DocumentSummary summary) => new()
    {
        ["description"] = summary.Description,
        ["totalAmount"] = summary.TotalAmount,
        ["documentDate"] = summary.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["currency"] = summary.Currency,
    };

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => d,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b,
        _ => value.ToString(),
    };
}
