using Intake.Extractors.Content;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;
using Intake.Extractors.Testing;
using Intake.Extractors.Tests.Text;

namespace Intake.Extractors.Tests;

/// <summary>The helpers plugin authors test with must themselves be right.</summary>
public sealed class TestingHelpersTests
{
    [Fact]
    public void Plain_text_becomes_pages_of_lines_with_boxes_that_keep_the_layout()
    {
        var content = TestContent.FromText("Invoice number   INV-7\nTotal            12,00\fPage two");

        Assert.Equal(2, content.Pages.Count);
        var first = content.Pages[0];
        Assert.Equal(["Invoice number INV-7", "Total 12,00"], first.Lines.Select(l => l.Text));
        var label = first.Lines[0].Words[0];
        var value = first.Lines[0].Words[2];
        Assert.True(value.Box.Left > label.Box.Right, "the value lies right of its label");
        Assert.True(first.Lines[1].Box.Top > first.Lines[0].Box.Bottom, "the second line lies below the first");
        Assert.All(first.Words, w => Assert.InRange(w.Box.Right, 0, 1));
        Assert.Equal("Page two", content.Pages[1].Text);
    }

    [Fact]
    public async Task A_file_is_read_by_the_same_text_acquisition_as_the_Processor()
    {
        var content = await TestContent.FromFileAsync(Corpus.File("invoices/zf028.pdf"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(TextSource.TextLayer, content.Pages[0].Source);
        Assert.Contains("Rechnungsnummer", content.Text);
    }

    [Fact]
    public void Field_assertions_say_what_was_found_instead()
    {
        var result = new ExtractionResult
        {
            Fields = new Dictionary<string, ExtractedField>
            {
                ["total"] = ExtractedField.Amount(12.5m, 0.9),
                ["date"] = ExtractedField.Date(new DateOnly(2026, 3, 1), 0.9),
            },
        };

        ExtractionAssert.Field(result, "total", 12.50m);
        ExtractionAssert.Field(result, "date", "2026-03-01");
        var wrong = Assert.Throws<ExtractionAssertionException>(() => ExtractionAssert.Field(result, "total", 13m));
        Assert.Contains("is 12.5, expected 13", wrong.Message);
        var missing = Assert.Throws<ExtractionAssertionException>(() => ExtractionAssert.Field(result, "vendor", "x"));
        Assert.Contains("Fields: total, date", missing.Message);
    }

    [Fact]
    public void Schema_assertions_catch_undeclared_and_mistyped_fields()
    {
        var extractor = new FixedExtractor(new DocumentSchema([new FieldDefinition("total", FieldType.Amount, "Total.")], []));

        ExtractionAssert.MatchesSchema(extractor, new ExtractionResult { Fields = new Dictionary<string, ExtractedField> { ["total"] = ExtractedField.Amount(1, 1) } });
        Assert.Throws<ExtractionAssertionException>(() => ExtractionAssert.MatchesSchema(extractor,
            new ExtractionResult { Fields = new Dictionary<string, ExtractedField> { ["total"] = ExtractedField.Text("1", 1) } }));
        Assert.Throws<ExtractionAssertionException>(() => ExtractionAssert.MatchesSchema(extractor,
            new ExtractionResult { Fields = new Dictionary<string, ExtractedField> { ["vendor"] = ExtractedField.Text("x", 1) } }));
    }

    [Fact]
    public void The_json_schema_lists_fields_tables_and_their_types()
    {
        var schema = new DocumentSchema(
            [new FieldDefinition("total", FieldType.Amount, "Total.", Required: true), new FieldDefinition("date", FieldType.Date, "Date.")],
            [new TableDefinition("items", "Lines.", [new FieldDefinition("quantity", FieldType.Number, "How many.")])]);

        var json = schema.ToJsonSchema("INVOICE", "Invoice");

        Assert.Equal("number", json["properties"]!["fields"]!["properties"]!["total"]!["type"]![0]!.GetValue<string>());
        Assert.Equal("date", json["properties"]!["fields"]!["properties"]!["date"]!["format"]!.GetValue<string>());
        Assert.Equal("total", json["properties"]!["fields"]!["required"]![0]!.GetValue<string>());
        Assert.Equal("array", json["properties"]!["tables"]!["properties"]!["items"]!["type"]!.GetValue<string>());
    }

    private sealed class FixedExtractor(DocumentSchema schema) : IDocumentExtractor
    {
        public string DocumentType => "FIXED";

        public string DisplayName => "Fixed";

        public string Version => "1.0.0";

        public DocumentSchema Schema { get; } = schema;

        public double Classify(DocumentContent content) => 1;

        public ExtractionResult Extract(DocumentContent content, ExtractionContext context) => new();
    }
}
