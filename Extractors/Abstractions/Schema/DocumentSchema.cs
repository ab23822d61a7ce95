using System.Text.Json.Nodes;

namespace Intake.Extractors.Schema;

/// <summary>A field or table column: its name (camelCase, as in results), type and meaning.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, string Description, bool Required = false);

/// <summary>A table: its name (<c>items</c>, <c>transactions</c>) and its columns.</summary>
public sealed record TableDefinition(string Name, string Description, IReadOnlyList<FieldDefinition> Columns);

/// <summary>
/// What an extractor's results contain. <see cref="ToJsonSchema"/> is what
/// <c>GET /api/document-types</c> and <c>includeSchema=true</c> show API consumers.
/// </summary>
public sealed record DocumentSchema(IReadOnlyList<FieldDefinition> Fields, IReadOnlyList<TableDefinition> Tables)
{
    /// <summary>
    /// A JSON Schema (draft 2020-12) of a result: <c>fields</c> and <c>tables</c> as objects of
    /// the declared names. Every value may be null; <see cref="FieldDefinition.Required"/> lists a
    /// name as required, and <c>x-intake-type</c> carries the <see cref="FieldType"/>.
    /// </summary>
    /// <param name="documentType">The type code the schema describes (<c>INVOICE</c>), used in its description.</param>
    /// <param name="title">The schema's human-readable title.</param>
    public JsonObject ToJsonSchema(string documentType, string title) => new()
    {
        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
        ["title"] = title,
        ["description"] = $"Extraction result of a {documentType} document.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["fields"] = ObjectOf(Fields),
            ["tables"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject(Tables.Select(t => KeyValuePair.Create<string, JsonNode?>(t.Name, new JsonObject
                {
                    ["description"] = t.Description,
                    ["type"] = "array",
                    ["items"] = ObjectOf(t.Columns),
                }))),
            },
        },
    };

    private static JsonObject ObjectOf(IReadOnlyList<FieldDefinition> fields) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject(fields.Select(f => KeyValuePair.Create<string, JsonNode?>(f.Name, TypeOf(f)))),
        ["required"] = new JsonArray(fields.Where(f => f.Required).Select(f => (JsonNode?)f.Name).ToArray()),
    };

    private static JsonObject TypeOf(FieldDefinition field)
    {
        var schema = field.Type switch
        {
            FieldType.Number or FieldType.Amount => new JsonObject { ["type"] = new JsonArray("number", "null") },
            FieldType.Date => new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" },
            FieldType.Time => new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "time" },
            FieldType.Currency => new JsonObject { ["type"] = new JsonArray("string", "null"), ["pattern"] = "^[A-Z]{3}$" },
            FieldType.Boolean => new JsonObject { ["type"] = new JsonArray("boolean", "null") },
            _ => new JsonObject { ["type"] = new JsonArray("string", "null") },
        };
        schema["description"] = field.Description;
        schema["x-intake-type"] = field.Type.ToString().ToLowerInvariant();
        return schema;
    }
}
