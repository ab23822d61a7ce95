using System.Globalization;
using System.Text.Json.Nodes;
using Intake.Bench.Accuracy.Scoring;
using Intake.Extractors.Results;

namespace Intake.Bench.Accuracy.Statements;

/// <summary>
/// One statement's transactions against its truth. A true transaction is matched by at most one
/// extracted row, in order: "values exact" when date, signed amount and balance are equal;
/// "exact" when, besides, the descriptions are equal after collapsing whitespace, ignoring case.
/// Extracted rows that match no true transaction (misread, or not in the truth) are counted as unmatched.
/// </summary>
public sealed record TransactionScore(int Truth, int Extracted, int Exact, int ValuesExact, int Unmatched, bool Reconciles)
{
    public static TransactionScore Of(JsonObject truth, DocumentObservation observation, bool classifiedAsExpected)
    {
        var expected = truth["transactions"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var rows = classifiedAsExpected && observation.Tables.TryGetValue("transactions", out var table) ? table.Rows : [];
        var used = new bool[rows.Count];
        var (exact, values) = (0, 0);
        var from = 0;
        foreach (var transaction in expected)
        {
            var match = Enumerable.Range(from, Math.Max(0, rows.Count - from)).FirstOrDefault(i => !used[i] && SameValues(transaction, rows[i]), -1);
            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            from = match + 1;
            values++;
            if (SameDescription(transaction["description"]!.GetValue<string>(), rows[match]["description"]?.Value as string))
            {
                exact++;
            }
        }

        var reconciles = classifiedAsExpected && observation.Fields.GetValueOrDefault("balancesReconcile")?.Value is true;
        return new TransactionScore(expected.Count, rows.Count, exact, values, rows.Count - values, reconciles);
    }

    public static bool SameValues(JsonObject truth, TableRow row) =>
        row["date"]?.Value is DateOnly date && date == Normalise.IsoDate(truth["date"]!.GetValue<string>())
        && row["amount"]?.Value is decimal amount && amount == truth["amount"]!.GetValue<decimal>()
        && row["balance"]?.Value is decimal balance && balance == truth["balance"]!.GetValue<decimal>();

    public static bool SameDescription(string truth, string? extracted) =>
        extracted is not null && string.Equals(Collapse(truth), Collapse(extracted), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
