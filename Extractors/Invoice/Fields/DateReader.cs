using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>A date read for a field, with the parser's note when it was ambiguous.</summary>
internal sealed record DateReading(ExtractedField Field, string? Note);

/// <summary>
/// Invoice and due dates. The invoice date: after an invoice-date label; else after the
/// document's title ("Rechnung Nr. 1 vom 05.03.2018", "Invoice # 7 issued at 2019-06-10");
/// else after a bare "Date" label on a line that is not about delivery or payment; else the
/// date printed on the title's line.
/// </summary>
internal static class DateReader
{
    private static readonly string[] NotInvoiceDate =
        ["liefer", "leistung", "delivery", "livraison", "faellig", "fallig", "due", "echeance", "zahlbar", "payable", "bestell", "order", "commande", "auftrag", "period", "zeitraum", "bis"];

    /// <summary>A title is the first words of its line: "Buchungshilfe - keine Rechnung Nr. 1" at most.</summary>
    private const int MaxWordsBeforeTitle = 4;

    /// <summary>The part of the first page a letter's date is printed in.</summary>
    private const double LetterDateDepth = 0.4;

    public static DateReading? InvoiceDate(DocumentContent content, DateHints hints) =>
        Labelled(content, FieldLabels.InvoiceDate, hints, 0.9)
        ?? AfterTitle(content, hints)
        ?? Labelled(content, FieldLabels.GenericDate, hints, 0.7, line => !NotInvoiceDate.Any(Folding.Fold(line.Text).Contains))
        ?? Standalone(content, hints);

    public static DateReading? DueDate(DocumentContent content, DateHints hints) =>
        Labelled(content, FieldLabels.DueDate, hints, 0.85);

    private static DateReading? Labelled(DocumentContent content, IReadOnlyList<string> labels, DateHints hints, double confidence, Func<Line, bool>? accept = null)
    {
        foreach (var place in LabelledWords.Find(content, labels))
        {
            if (accept is not null && !accept(place.Match.Line))
            {
                continue;
            }

            var dates = DateParser.FindAll(place.Text, hints);
            if (dates.Count > 0)
            {
                var date = dates[0];
                var field = ExtractedField.Date(date.Value, confidence * place.Match.Score * (date.Ambiguous ? 0.8 : 1), place.Page.Number, place.Box);
                return new DateReading(field, date.Note);
            }
        }

        return null;
    }

    /// <summary>
    /// The letter's date: a date alone in its cell in the upper part of the first page, as
    /// letters print it beside or above the subject line.
    /// </summary>
    private static DateReading? Standalone(DocumentContent content, DateHints hints)
    {
        if (content.Pages.Count == 0)
        {
            return null;
        }

        var page = content.Pages[0];
        foreach (var cell in page.Lines.Where(l => l.Box.Top < LetterDateDepth).SelectMany(l => Segment.Split(page, l)))
        {
            if (DateParser.TryParse(cell.Text, hints, out var date))
            {
                return new DateReading(ExtractedField.Date(date.Value, 0.5, page.Number, cell.Box), date.Note);
            }
        }

        return null;
    }

    /// <summary>Whether the words between a title and a date are the document's number (or nothing): "Nr. 4711 vom", not "gemäß Bestellung vom".</summary>
    private static bool NamesTheDocument(string between)
    {
        var tokens = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Any(t => Identifier.Read(t) is not null)
            || tokens.All(t => DocumentTitles.NumberMarks.Contains(Folding.Fold(t).Trim('.', ':')) || DocumentTitles.DateMarks.Contains(Folding.Fold(t).Trim('.', ':')) || !t.Any(char.IsLetterOrDigit));
    }

    /// <summary>A date on the title's line (or the line after, when the title wraps), after "vom", "du", "dated" or at the line's end.</summary>
    private static DateReading? AfterTitle(DocumentContent content, DateHints hints)
    {
        foreach (var page in content.Pages)
        {
            for (var index = 0; index < page.Lines.Count; index++)
            {
                var line = page.Lines[index];
                var titleAt = line.Words.ToList().FindIndex(w => TitleWords.IsTitle(w.Text));
                if (titleAt < 0 || titleAt > MaxWordsBeforeTitle)
                {
                    continue;
                }

                var rest = string.Join(' ', line.Words.Skip(titleAt + 1).Select(w => w.Text));
                var dates = DateParser.FindAll(rest, hints);
                var endsWithMark = DocumentTitles.DateMarks.Contains(Folding.Fold(line.Words[^1].Text));
                var next = index + 1 < page.Lines.Count ? page.Lines[index + 1] : null;
                var nextStartsWithMark = next is not null && DocumentTitles.DateMarks.Contains(Folding.Fold(next.Words[0].Text));
                if (dates.Count == 0 && (endsWithMark || nextStartsWithMark) && next is not null && NamesTheDocument(rest))
                {
                    dates = DateParser.FindAll(next.Text, hints);
                    line = next;
                }

                if (dates.Count > 0 && (!ReferenceEquals(line, page.Lines[index]) || NamesTheDocument(rest[..dates[0].Span.Start])))
                {
                    var date = dates[0];
                    return new DateReading(ExtractedField.Date(date.Value, date.Ambiguous ? 0.6 : 0.75, page.Number, line.Box), date.Note);
                }
            }
        }

        return null;
    }
}
