using Intake.Bench.Accuracy.Scoring;
using Intake.Bench.Accuracy.Statements;

namespace Intake.Bench.Accuracy;

/// <summary>A goal of issue 7 and whether this run met it.</summary>
public sealed record Goal(string Name, string Rule, double Target, double? Actual, bool Met);

/// <summary>Issue 7's accuracy goals for the corpus sets and the generated bank statements' held-out layouts.</summary>
public static class AccuracyGoals
{
    private static readonly (string Set, string Metric, double AtLeast)[] FieldGoals =
    [
        ("invoices", "invoiceNumber", 0.95),
        ("invoices", "invoiceDate", 0.95),
        ("invoices", "totalAmount", 0.95),
        ("invoices", "currency", 0.95),
        ("invoices", "vendorName", 0.85),
        ("invoices", "subtotal", 0.85),
        ("invoices", "taxAmount", 0.85),
        ("invoices", "items", 0.75),
        ("receipts", "total", 0.75),
        ("receipts", "date", 0.80),
        ("receipts", "merchantNameSimilar", 0.50),
    ];

    private const double ClassificationGoal = 0.97;

    /// <summary>Transactions exact on the held-out layouts: from text PDFs, and from scans of them.</summary>
    private static readonly (string Set, double AtLeast)[] StatementGoals =
    [
        (StatementSets.Of(StatementKind.Text, heldOut: true).Folder, 0.98),
        (StatementSets.Of(StatementKind.Scan, heldOut: true).Folder, 0.90),
    ];

    public static IReadOnlyList<Goal> Evaluate(AccuracyScore score, StatementResults? statements = null)
    {
        var goals = FieldGoals
            .Select(g => (g, Actual: score.Set(g.Set)?.Fields.GetValueOrDefault(g.Metric)?.Accuracy))
            .Select(x => new Goal($"{x.g.Set}.{x.g.Metric}", "at least", x.g.AtLeast, x.Actual, x.Actual >= x.g.AtLeast))
            .ToList();
        goals.AddRange(StatementGoals.Select(g => (g, Actual: statements?.Sets.GetValueOrDefault(g.Set)?.TransactionsExact.Accuracy))
            .Where(x => x.Actual is not null)
            .Select(x => new Goal($"{x.g.Set}.transactionsExact", "at least", x.g.AtLeast, x.Actual, x.Actual >= x.g.AtLeast)));
        var classification = score.Classification.Accuracy;
        goals.Add(new Goal("classification", "at least", ClassificationGoal, classification, classification >= ClassificationGoal));
        var otherClassified = score.Misclassified.Count(m => m.Expected is null);
        goals.Add(new Goal("other.classified", "at most", 0, otherClassified, otherClassified == 0));
        return goals;
    }
}
