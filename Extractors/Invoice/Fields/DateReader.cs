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

    public static DateReading? InvoiceDate(DocumentContent content, DateHints hints) =>
        Labelled(content, FieldLabels.InvoiceDate, hints, 0.9)
        ?? AfterTitle(content, hints)
        ?? Labelled(content, FieldLabels.GenericDate, hints, 0.7, line => !NotInvoiceDate.Any(Folding.Fold(line.Text).Contains));

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
                if (titleAt < 0 || titleAt > 2)
                {
                    continue;
                }

                var rest = string.Join(' ', line.Words.Skip(titleAt + 1).Select(w => w.Text));
                var dates = DateParser.FindAll(rest, hints);
                var endsWithMark = DocumentTitles.DateMarks.Contains(Folding.Fold(line.Words[^1].Text));
                if (dates.Count == 0 && endsWithMark && index + 1 < page.Lines.Count)
                {
                    dates = DateParser.FindAll(page.Lines[index + 1].Text, hints);
                    line = page.Lines[index + 1];
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
