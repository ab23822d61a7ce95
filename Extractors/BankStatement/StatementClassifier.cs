using Intake.Extractors.BankStatements.Table;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// How much a document looks like a bank statement. The transaction table's header row (a
/// date, a description and a balance or signed amounts) is the main evidence; dated rows under
/// it whose balances run on, a statement title and opening or closing balance labels add to it.
/// Without such a header the score stays below one half, however many statement words appear.
/// </summary>
internal static class StatementClassifier
{
    private const double HeaderWeight = 0.45;
    private const double RowsWeight = 0.15;
    private const double RunningBalanceWeight = 0.1;
    private const double TitleWeight = 0.15;
    private const double BalanceLabelWeight = 0.15;
    private const int MinimumRows = 2;

    public static double Score(DocumentContent content, TableReader reader, StatementTable? table)
    {
        var score = 0.0;
        if (reader.Headers.Count > 0)
        {
            score += HeaderWeight;
            var transactions = table?.Transactions ?? [];
            if (transactions.Count(t => t.Date is not null && t.Amount is not null) >= MinimumRows)
            {
                score += RowsWeight;
            }

            var running = transactions.Zip(transactions.Skip(1)).Count(p => p.First.Balance + p.Second.Amount == p.Second.Balance);
            if (transactions.Count > MinimumRows && running >= 0.8 * (transactions.Count - 1))
            {
                score += RunningBalanceWeight;
            }
        }

        var firstPage = content.Pages[0].Lines;
        if (LabelMatcher.Find(LabelLines.Candidates(firstPage, StatementVocabulary.Titles), 0.85, StatementVocabulary.Titles).Count > 0)
        {
            score += TitleWeight;
        }

        var labels = StatementVocabulary.OpeningBalanceLabels.Concat(StatementVocabulary.ClosingBalanceLabels).ToArray();
        if (LabelMatcher.Find(LabelLines.Candidates(content.Pages.SelectMany(p => p.Lines), labels), 0.85, labels).Count > 0)
        {
            score += BalanceLabelWeight;
        }

        return Math.Min(1, score);
    }
}
