using Intake.Extractors.Content;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.BankStatements.Table;

/// <summary>
/// Finds a transaction table's header row by its vocabulary: a line whose words read, left to
/// right, as at least three column names, among them a date, a description and money (a
/// balance, a signed amount, or debit and credit), with little else on the line.
/// </summary>
internal static class HeaderFinder
{
    private const int MinimumColumns = 3;
    private const double MinimumMatchedShare = 0.6;

    /// <summary>Every column name with its role and its count of letters, counted once rather than once per run of words.</summary>
    private static readonly (ColumnRole Role, string Label, int Length)[] Labels =
        [.. ColumnVocabulary.Columns.SelectMany(c => c.Labels.Select(label => (c.Role, label, label.Count(char.IsLetterOrDigit))))];

    public static TableHeader? Find(Page page) =>
        page.Lines.Select(line => Read(page, line)).FirstOrDefault(header => header is not null);

    public static TableHeader? Read(Page page, Line line)
    {
        var words = HeaderWords.Of(line.Words);
        if (words.Count < MinimumColumns || words.Any(w => w.Text.Count(char.IsDigit) >= 2))
        {
            // Column names are words; a line with numbers on it is a row, an address or a total.
            return null;
        }

        var columns = new List<(ColumnRole Role, double Left, double Right)>();
        string? currency = null;
        var matched = 0;
        foreach (var phrase in Phrases(page, words))
        {
            // A phrase is one column's name, however many of its words read as names on their own: in
            // "Payment details" the first word is nearly "Payments" (a debit column), yet the phrase
            // names the description, and its span starts at "Payment". The best-read name decides.
            (ColumnRole Role, int LabelLength, double Score)? best = null;
            var currencies = 0;
            for (var i = 0; i < phrase.Count;)
            {
                if (BestLabelAt(phrase, i) is { } found)
                {
                    if (best is null || found.Score > best.Value.Score || (found.Score == best.Value.Score && found.LabelLength > best.Value.LabelLength))
                    {
                        best = (found.Role, found.LabelLength, found.Score);
                    }

                    i += found.Length;
                    continue;
                }

                // "(EUR)" beside a money header says the table's currency.
                if (CurrencyParser.TryParse(phrase[i].Text.Trim('(', ')', '[', ']', ' '), out var code))
                {
                    currency ??= code;
                    currencies++;
                }

                i++;
            }

            if (best is { } name)
            {
                var role = name.Role == ColumnRole.Date && columns.Any(c => c.Role == ColumnRole.Date) ? ColumnRole.ValueDate : name.Role;
                columns.Add((role, phrase[0].Box.Left, phrase[^1].Box.Right));
                matched += phrase.Count;
            }
            else
            {
                // A currency standing alone, or after words that name no column, widens nothing, lest a column reach over its neighbour's values.
                matched += currencies;
            }
        }

        var distinct = columns.DistinctBy(c => c.Role).ToList();
        // A transaction table says when, what and how much: an invoice's "Payment | Date | Amount" has no description.
        var hasDate = distinct.Any(c => c.Role is ColumnRole.Date or ColumnRole.ValueDate) && distinct.Any(c => c.Role == ColumnRole.Description);
        var hasMoney = distinct.Any(c => c.Role is ColumnRole.Balance or ColumnRole.Amount)
            || (distinct.Any(c => c.Role == ColumnRole.Debit) && distinct.Any(c => c.Role == ColumnRole.Credit));
        var share = (double)matched / Math.Max(1, words.Count);
        return distinct.Count >= MinimumColumns && hasDate && hasMoney && share >= MinimumMatchedShare
            ? new TableHeader(page, line, distinct.Select(c => new TableColumn(c.Role, c.Left, c.Right)).OrderBy(c => c.Left).ToList(), currency)
            : null;
    }

    /// <summary>The header's words in runs a word space apart: each run one column's name, columns a wider gap apart.</summary>
    private static IEnumerable<List<Word>> Phrases(Page page, IReadOnlyList<Word> words)
    {
        var phrase = new List<Word>();
        foreach (var word in words)
        {
            if (phrase.Count > 0 && !MoneyTokens.Adjacent(page, phrase[^1], word))
            {
                yield return phrase;
                phrase = [];
            }

            phrase.Add(word);
        }

        if (phrase.Count > 0)
        {
            yield return phrase;
        }
    }

    /// <summary>
    /// The column name starting at word <paramref name="start"/>: the longest label that a run of one to four words reads as,
    /// with how many words it took, how long the label is and how alike the two are.
    /// </summary>
    private static (ColumnRole Role, int Length, int LabelLength, double Score)? BestLabelAt(IReadOnlyList<Word> words, int start)
    {
        (ColumnRole Role, int Length, int LabelLength, double Score)? best = null;
        for (var length = 1; length <= 4 && start + length <= words.Count; length++)
        {
            var run = string.Concat(words.Skip(start).Take(length).Select(w => w.Text));
            foreach (var (role, label, labelLength) in Labels)
            {
                // IsMatch gives up as soon as the threshold is out of reach; only a match pays for the full score.
                if (!LabelMatcher.IsMatch(run, label, Threshold(labelLength)))
                {
                    continue;
                }

                var score = LabelMatcher.Similarity(run, label);
                if (best is null || labelLength > best.Value.LabelLength
                    || (labelLength == best.Value.LabelLength && score > best.Value.Score))
                {
                    best = (role, length, labelLength, score);
                }
            }
        }

        return best;
    }

    /// <summary>One misread letter is forgiven in a short name ("5oll"), a few more in a long one.</summary>
    private static double Threshold(int labelLength) => labelLength <= 5 ? 0.75 : 0.8;
}
