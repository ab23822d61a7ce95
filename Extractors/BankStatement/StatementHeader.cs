using Intake.Extractors.Content;
using Intake.Extractors.Layout;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// The account details above the table, read from the first page: each value right of or
/// below its label; the bank's name from the phrases at the top of the page; the IBAN by its
/// check digits wherever it is.
/// </summary>
internal sealed class StatementHeader(DocumentContent content)
{
    /// <summary>The share of the first page's height where a letterhead sits.</summary>
    private const double LetterheadHeight = 0.15;

    private readonly Page _first = content.Pages[0];
    private readonly LabelledValues _firstPage = new(new DocumentContent([content.Pages[0]]));
    private readonly LabelledValues _all = new(content);

    public ExtractedField? AccountHolder =>
        _firstPage.TextAfter(StatementVocabulary.AccountHolderLabels) ?? _firstPage.TextAfter(StatementVocabulary.AccountHolderLastResortLabels);

    public ExtractedField? Iban => IbanFinder.Find(_first);

    /// <summary>The first labelled value with digits in it: "Account" alone also labels a holder's name on some statements.</summary>
    public ExtractedField? AccountNumber => StatementVocabulary.AccountNumberLabels
        .Select(label => _firstPage.TextAfter([label]))
        .FirstOrDefault(f => f?.Value is string text && text.Count(char.IsDigit) >= 4 && !IbanFinder.IsValid(text.Replace(" ", "", StringComparison.Ordinal)));

    public IReadOnlyList<ExtractedField> Period(DateHints hints) =>
        _firstPage.DatesAfter(StatementVocabulary.PeriodLabels, hints).Select(d => d.Field).ToList();

    public LabelledBalance? Opening(AmountHints hints) => Balance(StatementVocabulary.OpeningBalanceLabels, hints, first: true);

    public LabelledBalance? Closing(AmountHints hints) => Balance(StatementVocabulary.ClosingBalanceLabels, hints, first: false);

    public ExtractedField? Currency =>
        _firstPage.TextAfter(StatementVocabulary.CurrencyLabels) is { Value: string text } label && CurrencyParser.TryParse(text.Split(' ')[0], out var code)
            ? ExtractedField.Currency(code, label.Confidence, label.Page, label.Box)
            : null;

    /// <summary>A phrase at the top of the first page that names a bank; else the first phrase there that is not a title or a label.</summary>
    public ExtractedField? BankName()
    {
        var top = _first.Lines.Where(l => l.Box.Top < LetterheadHeight).SelectMany(l => Phrases(_first, l)).ToList();
        var named = top.FirstOrDefault(p => StatementVocabulary.BankWords.Any(w => ContainsWord(p.Text, w)))
            ?? top.FirstOrDefault(p => !p.Text.Contains(':') && LabelMatcher.Find([p], 0.8, StatementVocabulary.Titles).Count == 0 && p.Text.Any(char.IsLetter));
        return named is null ? null : ExtractedField.Text(named.Text, 0.8 * named.Confidence, _first.Number, named.Box);
    }

    private LabelledBalance? Balance(string[] labels, AmountHints hints, bool first)
    {
        var found = content.Pages.SelectMany(page => LabelMatcher.Find(LabelLines.Candidates(page.Lines, labels), labels).Select(m => (Match: m, Page: page)))
            .Select(x => (x.Match, x.Page, Amount: LastAmount(x.Match.WordsAfter.ToList(), hints)))
            .Where(x => x.Amount is not null)
            .OrderBy(x => x.Page.Number).ThenBy(x => x.Match.Line.Box.Top)
            .ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var chosen = first ? found[0] : found[^1];
        var (value, box, read) = chosen.Amount!.Value;
        return new LabelledBalance(value, ExtractedField.Amount(value, 0.9 * chosen.Match.Score, chosen.Page.Number, box), read);
    }

    /// <summary>The last amount in the words, where they are, and how sure OCR was of them (1 from a text layer).</summary>
    private static (decimal, BoundingBox, double)? LastAmount(List<Word> words, AmountHints hints)
    {
        var text = string.Join(' ', words.Select(w => w.Text));
        return AmountParser.FindAll(text, hints).LastOrDefault() is { } amount
            ? (amount.Value, BoundingBox.Enclosing(words.Select(w => w.Box)) ?? default, words.Min(w => w.Confidence))
            : null;
    }

    /// <summary>A line's words split where a gap wider than twice the text's height separates them: the letterhead's left and right halves.</summary>
    private static IEnumerable<Line> Phrases(Page page, Line line)
    {
        var phrase = new List<Word>();
        foreach (var word in line.Words)
        {
            if (phrase.Count > 0 && (word.Box.Left - phrase[^1].Box.Right) * page.Width > 2 * word.Box.Height * page.Height)
            {
                yield return new Line(phrase);
                phrase = [];
            }

            phrase.Add(word);
        }

        if (phrase.Count > 0)
        {
            yield return new Line(phrase);
        }
    }

    private static bool ContainsWord(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A balance beside its label above the table: its value, its field, and how sure OCR was of its digits (1 from a text layer).</summary>
internal sealed record LabelledBalance(decimal Value, ExtractedField Field, double ReadConfidence);
