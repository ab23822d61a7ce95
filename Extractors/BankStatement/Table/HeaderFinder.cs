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

        string? currency = null;
        var matched = 0;
        var names = new List<ColumnName>();
        foreach (var (phrase, number) in Phrases(page, words).Select((phrase, number) => (phrase, number)))
        {
            foreach (var name in Names(phrase, number, ref currency, ref matched))
            {
                var role = name.Role == ColumnRole.Date && names.Any(n => n.Role == ColumnRole.Date) ? ColumnRole.ValueDate : name.Role;
                names.Add(name with { Role = role });
            }
        }

        var columns = WithoutRepeatedRoles(names).Select(n => (n.Role, n.Left, n.Right)).ToList();
        // A transaction table says when, what and how much: an invoice's "Payment | Date | Amount" has no description.
        var hasDate = columns.Any(c => c.Role is ColumnRole.Date or ColumnRole.ValueDate) && columns.Any(c => c.Role == ColumnRole.Description);
        var hasMoney = columns.Any(c => c.Role is ColumnRole.Balance or ColumnRole.Amount)
            || (columns.Any(c => c.Role == ColumnRole.Debit) && columns.Any(c => c.Role == ColumnRole.Credit));
        var share = (double)matched / Math.Max(1, words.Count);
        return columns.Count >= MinimumColumns && hasDate && hasMoney && share >= MinimumMatchedShare
            ? new TableHeader(page, line, columns.Select(c => new TableColumn(c.Role, c.Left, c.Right)).OrderBy(c => c.Left).ToList(), currency)
            : null;
    }

    /// <summary>A column's name on the header line: its role, its words' span, how well it read, and the phrase it is part of.</summary>
    private sealed record ColumnName(ColumnRole Role, double Left, double Right, double Score, int Phrase);

    /// <summary>
    /// The column names in one phrase. Names are split where the role changes ("Booking date Value date",
    /// "Haben (CHF) Kontostand (CHF)" printed a space apart); runs of one role are one name ("Deposits &amp; Credits").
    /// The phrase's other words join a name: a currency the name before it ("Debit (EUR)"), any other
    /// word the name after it ("Cheques &amp; Debits", "Payment details"), else the nearest.
    /// </summary>
    private static List<ColumnName> Names(List<Word> phrase, int number, ref string? currency, ref int matched)
    {
        var names = new List<(ColumnRole Role, int First, int Last, double Score)>();
        var currencies = new bool[phrase.Count];
        for (var i = 0; i < phrase.Count;)
        {
            if (BestLabelAt(phrase, i) is { } found)
            {
                var last = i + found.Length - 1;
                // The same role again, with nothing but unnamed words since the last name: one name ("Deposits & Credits").
                if (names.Count > 0 && names[^1].Role == found.Role)
                {
                    names[^1] = names[^1] with { Last = last, Score = Math.Max(names[^1].Score, found.Score) };
                }
                else
                {
                    names.Add((found.Role, i, last, found.Score));
                }

                matched += found.Length;
                i += found.Length;
                continue;
            }

            if (CurrencyParser.TryParse(phrase[i].Text.Trim('(', ')', '[', ']', ' '), out var code))
            {
                // "(EUR)" beside a money header says the table's currency.
                currency ??= code;
                currencies[i] = true;
                matched++;
            }

            i++;
        }

        for (var i = 0; i < phrase.Count; i++)
        {
            if (names.Count == 0 || names.Any(n => n.First <= i && i <= n.Last))
            {
                continue;
            }

            var before = names.FindLastIndex(n => n.Last < i);
            var after = names.FindIndex(n => n.First > i);
            // A currency right after a name (or after a currency that joined it, "(EUR) (USD)") belongs to that name.
            var joinsBefore = before >= 0 && (after < 0 || (currencies[i] && names[before].Last == i - 1));
            if (joinsBefore)
            {
                names[before] = names[before] with { Last = i };
            }
            else
            {
                names[after] = names[after] with { First = Math.Min(names[after].First, i) };
            }
        }

        return names.Select(n => new ColumnName(n.Role, phrase[n.First].Box.Left, phrase[n.Last].Box.Right, n.Score, number)).ToList();
    }

    /// <summary>
    /// One column per role: of names read as the same role, the best-read one is the column. A weaker one
    /// in the same phrase as another name is part of that name ("Payment details": "Payment" reads nearly
    /// as "Payments", a debit column, but the table's debit column is "Money out"); elsewhere it is dropped.
    /// </summary>
    private static List<ColumnName> WithoutRepeatedRoles(List<ColumnName> names)
    {
        var kept = names.ToList();
        foreach (var repeated in names.GroupBy(n => n.Role).Where(g => g.Count() > 1))
        {
            var best = repeated.OrderByDescending(n => n.Score).First();
            foreach (var weaker in repeated.Where(n => n != best))
            {
                var index = kept.IndexOf(weaker);
                kept.RemoveAt(index);
                var neighbour = new[] { index, index - 1 }.Where(i => i >= 0 && i < kept.Count && kept[i].Phrase == weaker.Phrase && kept[i].Role != weaker.Role)
                    .Select(i => (int?)i).FirstOrDefault();
                if (neighbour is { } n)
                {
                    kept[n] = kept[n] with { Left = Math.Min(kept[n].Left, weaker.Left), Right = Math.Max(kept[n].Right, weaker.Right) };
                }
            }
        }

        return kept;
    }

    /// <summary>The header's words in runs a word space apart: column names, which one run may hold several of.</summary>
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
