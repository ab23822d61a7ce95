using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Scoring;
using Intake.Bench.Accuracy.Statements;
using Intake.Extractors.Results;

namespace Intake.Bench.Tests;

public sealed class TransactionScoringTests
{
    private static readonly JsonObject Truth = JsonNode.Parse("""
        {
          "layout": "classic-en",
          "transactions": [
            { "date": "2026-03-02", "description": "Card payment  Grocer", "amount": -45.10, "balance": 954.90 },
            { "date": "2026-03-05", "description": "Salary", "amount": 2500.00, "balance": 3454.90 }
          ]
        }
        """)!.AsObject();

    [Fact]
    public void A_row_is_exact_when_date_amount_balance_and_description_agree_ignoring_case_and_spacing()
    {
        var score = TransactionScore.Of(Truth, Observed(Row("2026-03-02", "CARD PAYMENT GROCER", -45.10m, 954.90m), Row("2026-03-05", "Salary", 2500m, 3454.90m)), true);

        Assert.Equal((2, 2, 0), (score.Exact, score.ValuesExact, score.Unmatched));
    }

    [Fact]
    public void A_misread_description_still_counts_for_values_exact()
    {
        var score = TransactionScore.Of(Truth, Observed(Row("2026-03-02", "Card payrnent Grocer", -45.10m, 954.90m), Row("2026-03-05", "Salary", 2500m, 3454.90m)), true);

        Assert.Equal((1, 2), (score.Exact, score.ValuesExact));
    }

    [Fact]
    public void A_wrong_sign_makes_a_row_wrong_and_unmatched()
    {
        var score = TransactionScore.Of(Truth, Observed(Row("2026-03-02", "Card payment Grocer", 45.10m, 954.90m), Row("2026-03-05", "Salary", 2500m, 3454.90m)), true);

        Assert.Equal((1, 1, 1), (score.Exact, score.ValuesExact, score.Unmatched));
    }

    [Fact]
    public void A_statement_not_classified_as_one_scores_no_transaction_and_does_not_reconcile()
    {
        var observation = Observed(Row("2026-03-02", "Card payment Grocer", -45.10m, 954.90m)) with
        {
            Fields = new Dictionary<string, ExtractedField> { ["balancesReconcile"] = ExtractedField.Boolean(true, 0.9) },
        };

        var score = TransactionScore.Of(Truth, observation, classifiedAsExpected: false);

        Assert.Equal((0, 0, false), (score.ValuesExact, score.Extracted, score.Reconciles));
    }

    [Fact]
    public void Sets_split_text_from_scan_and_tuned_from_held_out_layouts()
    {
        Assert.Equal("statements-text-tuned", StatementSets.Of(StatementKind.Text, heldOut: false).Folder);
        Assert.Equal("statements-scan-heldout", StatementSets.Of(StatementKind.Scan, heldOut: true).Folder);
    }

    private static DocumentObservation Observed(params TableRow[] rows) =>
        new("BANK_STATEMENT", 0.9, new Dictionary<string, double>())
        {
            Tables = new Dictionary<string, ExtractedTable> { ["transactions"] = new(rows) },
        };

    private static TableRow Row(string date, string description, decimal amount, decimal balance) => new(new Dictionary<string, ExtractedField>
    {
        ["date"] = ExtractedField.Date(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), 0.9),
        ["description"] = ExtractedField.Text(description, 0.9),
        ["amount"] = ExtractedField.Amount(amount, 0.9),
        ["balance"] = ExtractedField.Amount(balance, 0.9),
    });
}
