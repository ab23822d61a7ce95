using Intake.Core.Templates;
using Intake.Extractors.Parsing;
using Intake.Extractors.Testing;
using Intake.Processor.Templates;

namespace Intake.Processor.Tests.Templates;

/// <summary>How a template finds its values: right of or below an anchor, inside an area, by pattern; and what it does when it cannot.</summary>
public sealed class TemplateReaderTests
{
    private static readonly string Letter = string.Join('\n',
        "Nordwind GmbH                                 Rechnung",
        "Kundennummer                                  Rechnungsdatum",
        "K-4471                                        03.02.2026",
        "",
        "Positionen",
        "Beratung          2   150,00",
        "Reisekosten       1    89,90",
        "Summe                 389,90 EUR",
        "Seite 1 von 1");

    [Fact]
    public void A_value_below_its_anchor_is_read_from_under_the_anchor_not_from_the_neighbouring_column()
    {
        var result = Read(new TemplateDefinition("Nordwind", null,
        [
            new TemplateField("customer", TemplateFieldTypes.Text, Anchor: "Kundennummer"),
            new TemplateField("issued", TemplateFieldTypes.Date, Anchor: "Rechnungsdatum"),
            new TemplateField("total", TemplateFieldTypes.Amount, Anchor: "Summe"),
        ], null));

        Assert.Equal("K-4471", result.Fields["customer"].Value);
        Assert.Equal(new DateOnly(2026, 2, 3), result.Fields["issued"].Value);
        Assert.Equal(389.90m, result.Fields["total"].Value);
        Assert.Equal(1, result.Fields["total"].Page);
        Assert.NotNull(result.Fields["total"].Box);
        Assert.Equal(389.90m, result.Summary.TotalAmount);
        Assert.Equal("EUR", result.Summary.Currency);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void An_area_limits_where_a_pattern_looks()
    {
        // "Rechnung" and "Rechnungsdatum" are in the right half; "Nordwind" in the left.
        var left = new TemplateArea(0, 0, 0.4, 0.2);
        var right = new TemplateArea(0.5, 0, 1, 0.2, Page: 1);
        var result = Read(new TemplateDefinition("Areas", null,
        [
            new TemplateField("leftWord", TemplateFieldTypes.Text, Pattern: @"^(?<value>\w+)", Area: left),
            new TemplateField("rightWord", TemplateFieldTypes.Text, Pattern: @"^(?<value>\w+)", Area: right),
            new TemplateField("onPageTwo", TemplateFieldTypes.Text, Pattern: @"\w+", Area: new TemplateArea(0, 0, 1, 1, Page: 2)),
        ], null));

        Assert.Equal("Nordwind", result.Fields["leftWord"].Value);
        Assert.Equal("Rechnung", result.Fields["rightWord"].Value);
        Assert.False(result.Fields.ContainsKey("onPageTwo"));
        Assert.Contains("onPageTwo: not found", result.Warnings);
    }

    [Fact]
    public void Line_items_are_the_matching_rows_between_start_and_end_with_typed_columns()
    {
        var result = Read(new TemplateDefinition("Items", null, [],
            new TemplateLineItems("Positionen", "Summe", @"^(?<description>\D+?) +(?<quantity>\d+) +(?<amount>[\d.,]+)$",
                [new TemplateColumn("description", TemplateFieldTypes.Text), new TemplateColumn("quantity", TemplateFieldTypes.Number), new TemplateColumn("amount", TemplateFieldTypes.Amount)])));

        var rows = result.Tables["items"].Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("Beratung", rows[0]["description"]!.Value);
        Assert.Equal(2m, rows[0]["quantity"]!.Value);
        Assert.Equal(89.90m, rows[1]["amount"]!.Value);
    }

    [Fact]
    public void Where_the_first_place_holds_no_value_of_the_type_the_next_one_is_tried()
    {
        var content = TestContent.FromText("Total: see the last page\n\f\nTotal: 12,50");
        var definition = new TemplateDefinition("Typed", null, [new TemplateField("total", TemplateFieldTypes.Amount, Anchor: "Total")], null);

        var result = TemplateReader.Read(definition, content, DateHints.None, TestContext.Current.CancellationToken);

        Assert.Equal(12.50m, result.Fields["total"].Value);
        Assert.Equal(2, result.Fields["total"].Page);
    }

    [Fact]
    public void A_pattern_that_backtracks_catastrophically_is_stopped_by_its_timeout_and_reported()
    {
        var content = TestContent.FromText("Reference " + new string('a', 40) + "!");
        var definition = new TemplateDefinition("Slow", null, [new TemplateField("slow", TemplateFieldTypes.Text, Pattern: "^Reference (a+)+$")], null);

        var result = TemplateReader.Read(definition, content, DateHints.None, TestContext.Current.CancellationToken);

        Assert.Empty(result.Fields);
        Assert.Contains(result.Warnings, w => w.StartsWith("slow: its pattern took longer than", StringComparison.Ordinal));
        Assert.NotNull(TemplatePatterns.Problem("^Reference (a+)+$"));
        Assert.Null(TemplatePatterns.Problem(@"^Reference (?<value>a+)$"));
    }

    private static Extractors.Results.ExtractionResult Read(TemplateDefinition definition) =>
        TemplateReader.Read(definition, TestContent.FromText(Letter), DateHints.None, TestContext.Current.CancellationToken);
}
