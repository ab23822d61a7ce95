using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Tests.Parsing;

public sealed class LabelMatcherTests
{
    private static Line LineOf(string text) =>
        new(text.Split(' ').Select((word, i) => new Word(word, new BoundingBox(0.1 * i, 0.1, 0.08, 0.02))).ToList());

    [Theory]
    [InlineData("Total:", "Total")]
    [InlineData("TOTAL", "total")]
    [InlineData("Gebühr", "Gebuehr")]
    [InlineData("Gebühr", "Gebuhr")]
    [InlineData("Référence", "Reference")]
    [InlineData("Rechnungs-Nr.", "Rechnungsnr")]
    [InlineData("Date  facture", "Datefacture")]
    [InlineData("T0tal", "Total")]
    [InlineData("lnvoice", "Invoice")]
    [InlineData("|nvoice", "Invoice")]
    [InlineData("5ubtotal", "Subtotal")]
    [InlineData("Surn", "Sum")]
    [InlineData("Rechnungsnumrner", "Rechnungsnummer")]
    [InlineData("clate", "date")]
    [InlineData("Straße", "Strasse")]
    public void Normalised_spellings_and_OCR_confusions_are_exact_matches(string candidate, string label)
    {
        Assert.Equal(1.0, LabelMatcher.Similarity(candidate, label));
    }

    [Theory]
    [InlineData("Invoice Numbr", "Invoice Number")]
    [InlineData("Montant totl TTC", "Montant total TTC")]
    [InlineData("Rechnungsnumer", "Rechnungsnummer")]
    [InlineData("Invoiec date", "Invoice date")]
    [InlineData("Gesamtbetrg", "Gesamtbetrag")]
    public void Small_OCR_errors_still_match(string candidate, string label)
    {
        Assert.True(LabelMatcher.IsMatch(candidate, label));
    }

    [Theory]
    [InlineData("Subtotal", "Total")]
    [InlineData("Total", "Subtotal")]
    [InlineData("Tax", "Total")]
    [InlineData("Due date", "Invoice date")]
    [InlineData("Lieferdatum", "Datum")]
    [InlineData("Kundennummer", "Rechnungsnummer")]
    [InlineData("Net", "Gross")]
    [InlineData("", "Total")]
    public void Different_labels_do_not_match(string candidate, string label)
    {
        Assert.False(LabelMatcher.IsMatch(candidate, label));
    }

    [Fact]
    public void Total_against_Subtotal_scores_by_edit_distance()
    {
        Assert.Equal(0.625, LabelMatcher.Similarity("Subtotal", "Total"), 3);
        Assert.Equal(1 - 1.0 / 13, LabelMatcher.Similarity("Invoice Numbr", "Invoice Number"), 3);
    }

    [Fact]
    public void Find_picks_the_Total_line_not_the_Subtotal_line()
    {
        Line[] lines = [LineOf("Subtotal 10,00"), LineOf("Tax 1,90"), LineOf("Total 11,90")];

        var match = Assert.Single(LabelMatcher.Find(lines, "Total"));

        Assert.Same(lines[2], match.Line);
        Assert.Equal((0, 0, 1.0), (match.FirstWord, match.LastWord, match.Score));
        Assert.Equal(["11,90"], match.WordsAfter.Select(w => w.Text));
    }

    [Fact]
    public void Find_matches_a_multi_word_label_with_punctuation()
    {
        var match = Assert.Single(LabelMatcher.Find([LineOf("Invoice date: 05.06.2018")], "Invoice date"));

        Assert.Equal((0, 1), (match.FirstWord, match.LastWord));
        Assert.Equal(0.0, match.Box.Left, 6);
    }

    [Fact]
    public void Find_joins_words_OCR_split()
    {
        var match = Assert.Single(LabelMatcher.Find([LineOf("lnvoice Da te 05.06.2018")], "Invoice date"));

        Assert.Equal((0, 2, 1.0), (match.FirstWord, match.LastWord, match.Score));
    }

    [Fact]
    public void Find_matches_a_label_OCR_split_in_two()
    {
        var match = Assert.Single(LabelMatcher.Find([LineOf("Rechnungs- nummer : 4711")], "Rechnungsnummer", "Invoice number"));

        Assert.Equal(("Rechnungsnummer", 0, 1), (match.Label, match.FirstWord, match.LastWord));
    }

    [Fact]
    public void Find_puts_the_longer_label_first_when_both_match_exactly()
    {
        var matches = LabelMatcher.Find([LineOf("Total amount 12,00")], "Total", "Total amount");

        Assert.Equal(["Total amount", "Total"], matches.Select(m => m.Label));
    }

    [Fact]
    public void Find_orders_matches_best_first_across_lines()
    {
        Line[] lines = [LineOf("Gesamtbetrg 11,00"), LineOf("Gesamtbetrag 10,00")];

        var matches = LabelMatcher.Find(lines, "Gesamtbetrag");

        Assert.Equal([lines[1], lines[0]], matches.Select(m => m.Line));
        Assert.Equal(1.0, matches[0].Score);
        Assert.Equal(1 - 1.0 / 12, matches[1].Score, 6);
    }

    [Fact]
    public void Find_returns_nothing_when_no_label_is_there()
    {
        Assert.Empty(LabelMatcher.Find([LineOf("Montant HT 100,00"), LineOf("TVA 20,00")], "Total TTC", "Net à payer"));
    }
}
