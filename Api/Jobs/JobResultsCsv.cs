using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Intake.Core.Jobs;

namespace Intake.Api.Jobs;

/// <summary>
/// A job's results as CSV (RFC 4180): one row per document, four fixed columns, then one column
/// per field in the order fields are first met across the job's documents, so the same job
/// always gives the same columns. A document without a field leaves its cell empty.
/// </summary>
public static class JobResultsCsv
{
    public static readonly string[] FixedColumns = ["document_id", "file_name", "status", "doc_type"];

    /// <returns>UTF-8 without a byte order mark; CsvHelper's defaults are RFC 4180 (CRLF, quotes only when needed).</returns>
    public static byte[] Write(JobResultsResponse results)
    {
        var fields = FieldsInFirstSeenOrder(results);
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, CsvWriterOptions.Default, leaveOpen: true))
        {
            foreach (var column in FixedColumns.Concat(fields))
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var document in results.Documents)
            {
                csv.WriteField(document.DocumentId.ToString());
                csv.WriteField(document.FileName);
                csv.WriteField(document.Status);
                csv.WriteField(document.DocType ?? "");
                foreach (var field in fields)
                {
                    csv.WriteField(Cell(document.Result?[field]));
                }

                csv.EndRecord();
            }
        }

        return bytes.ToArray();
    }

    private static List<string> FieldsInFirstSeenOrder(JobResultsResponse results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fields = new List<string>();
        foreach (var (name, _) in results.Documents.SelectMany(d => d.Result ?? []))
        {
            if (seen.Add(name))
            {
                fields.Add(name);
            }
        }

        return fields;
    }

    /// <summary>Strings as they are, numbers and booleans as JSON writes them, objects and arrays as compact JSON.</summary>
    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
