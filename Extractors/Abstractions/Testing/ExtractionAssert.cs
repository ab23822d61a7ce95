using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Testing;

/// <summary>A failed expectation about an extractor; works with any test framework.</summary>
public sealed class ExtractionAssertionException(string message) : Exception(message);

/// <summary>Assertions for plugin authors' tests, with messages that show what was found instead.</summary>
public static class ExtractionAssert
{
    /// <summary>The extractor claims the content with at least <paramref name="minimumScore"/>.</summary>
    public static double Classifies(IDocumentExtractor extractor, DocumentContent content, double minimumScore = 0.5)
    {
        var score = extractor.Classify(content);
        return score >= minimumScore
            ? score
            : throw new ExtractionAssertionException($"{extractor.DocumentType} scored {score:0.###}, expected at least {minimumScore:0.###}.");
    }

    /// <summary>The extractor leaves the content alone (below <paramref name="maximumScore"/>).</summary>
    public static void DoesNotClassify(IDocumentExtractor extractor, DocumentContent content, double maximumScore = 0.5)
    {
        var score = extractor.Classify(content);
        if (score >= maximumScore)
        {
            throw new ExtractionAssertionException($"{extractor.DocumentType} scored {score:0.###}, expected below {maximumScore:0.###}.");
        }
    }

    /// <summary>The field is there with this value (strings compared trimmed, numbers as decimals, dates as dates).</summary>
    public static ExtractedField Field(ExtractionResult result, string name, object expected)
    {
        if (!result.Fields.TryGetValue(name, out var field))
        {
            throw new ExtractionAssertionException($"No field '{name}'. Fields: {string.Join(", ", result.Fields.Keys)}.");
        }

        return SameValue(field.Value, expected)
            ? field
            : throw new ExtractionAssertionException($"Field '{name}' is {Show(field.Value)}, expected {Show(expected)}.");
    }

    /// <summary>Every field, table and column of the result is declared in the extractor's schema, with its type.</summary>
    public static void MatchesSchema(IDocumentExtractor extractor, ExtractionResult result)
    {
        var fields = extractor.Schema.Fields.ToDictionary(f => f.Name);
        foreach (var (name, field) in result.Fields)
        {
            CheckDeclared(fields, name, field, "field");
        }

        var tables = extractor.Schema.Tables.ToDictionary(t => t.Name);
        foreach (var (name, table) in result.Tables)
        {
            if (!tables.TryGetValue(name, out var definition))
            {
                throw new ExtractionAssertionException($"Table '{name}' is not in the {extractor.DocumentType} schema.");
            }

            var columns = definition.Columns.ToDictionary(c => c.Name);
            foreach (var (column, cell) in table.Rows.SelectMany(r => r.Cells))
            {
                CheckDeclared(columns, column, cell, $"column of '{name}'");
            }
        }
    }

    private static void CheckDeclared(Dictionary<string, FieldDefinition> declared, string name, ExtractedField value, string what)
    {
        if (!declared.TryGetValue(name, out var definition))
        {
            throw new ExtractionAssertionException($"The {what} '{name}' is not in the schema.");
        }

        if (definition.Type != value.Type)
        {
            throw new ExtractionAssertionException($"The {what} '{name}' is a {value.Type}, the schema says {definition.Type}.");
        }

        if (value.Confidence is < 0 or > 1 || double.IsNaN(value.Confidence))
        {
            throw new ExtractionAssertionException($"The {what} '{name}' has confidence {value.Confidence}, outside 0..1.");
        }
    }

    private static bool SameValue(object? actual, object expected) => (actual, expected) switch
    {
        (string a, string e) => a.Trim() == e.Trim(),
        (decimal a, _) when IsNumber(expected) => a == Convert.ToDecimal(expected, System.Globalization.CultureInfo.InvariantCulture),
        (DateOnly a, string e) => DateOnly.TryParse(e, System.Globalization.CultureInfo.InvariantCulture, out var d) && a == d,
        _ => Equals(actual, expected),
    };

    private static bool IsNumber(object value) => value is int or long or decimal or double or float;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}
