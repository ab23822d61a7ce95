using Intake.Bench.Accuracy.Scoring;
using Intake.Tools.Generator.Layouts;

namespace Intake.Bench.Accuracy.Statements;

/// <summary>The generated statements' transaction figures, per set (text or scan × tuned or held-out layouts), and per statement.</summary>
public sealed record StatementResults(
    int Seed, IReadOnlyList<string> HeldOutLayouts, IReadOnlyDictionary<string, StatementSplit> Sets, IReadOnlyList<StatementDocumentScore> Documents)
{
    public static StatementResults? Of(int seed, IReadOnlyList<(CorpusDocument Document, DocumentObservation Observation)> runs)
    {
        var scored = runs.Where(r => r.Document.Set.Folder.StartsWith(StatementSets.Name + "-", StringComparison.Ordinal))
            .Select(r => StatementDocumentScore.Of(r.Document, r.Observation))
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var sets = scored.GroupBy(s => s.Set).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => StatementSplit.Of(g.ToList()));
        return new StatementResults(seed, StatementLayouts.HeldOut.Select(l => l.Name).ToList(), sets, scored);
    }
}

/// <summary>One set's totals: transactions exact and values exact out of the truth's transactions, unmatched extracted rows, statements whose balances reconcile.</summary>
public sealed record StatementSplit(int Statements, int Classified, Tally TransactionsExact, Tally ValuesExact, int UnmatchedRows, Tally Reconciled)
{
    public static StatementSplit Of(IReadOnlyList<StatementDocumentScore> documents)
    {
        var transactions = documents.Sum(d => d.Score.Truth);
        return new StatementSplit(
            documents.Count,
            documents.Count(d => d.Classified),
            new Tally(documents.Sum(d => d.Score.Exact), transactions),
            new Tally(documents.Sum(d => d.Score.ValuesExact), transactions),
            documents.Sum(d => d.Score.Unmatched),
            new Tally(documents.Count(d => d.Score.Reconciles), documents.Count));
    }
}

public sealed record StatementDocumentScore(string Set, string Document, string Layout, bool Classified, TransactionScore Score)
{
    public static StatementDocumentScore Of(CorpusDocument document, DocumentObservation observation)
    {
        var classified = observation.DocumentType == document.Set.ExpectedType;
        return new StatementDocumentScore(document.Set.Folder, document.Name, document.Truth["layout"]!.GetValue<string>(), classified,
            TransactionScore.Of(document.Truth, observation, classified));
    }
}
