using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The invoice number: after an invoice-number label (right of it or below it), else after the
/// document's title ("Rechnung Nr. 4711", "Facture FA-2017-0009", "Invoice # 123").
/// </summary>
internal static class InvoiceNumberReader
{
    /// <summary>A label inside running text ("… bitte Ihre Belegnummer 123 angeben") is weaker evidence than the title's number.</summary>
    private const double InTextLabel = 0.6;

    public static ExtractedField? Read(DocumentContent content)
    {
        var labelled = Labelled(content);
        var titled = FromTitle(content);
        return labelled is null ? titled : titled is null || labelled.Confidence >= titled.Confidence ? labelled : titled;
    }

    private static ExtractedField? Labelled(DocumentContent content)
    {
        foreach (var place in LabelledWords.Find(content, FieldLabels.InvoiceNumber))
        {
            var tokens = place.Words.Select(w => w.Text).ToList();
            if (Identifier.First(tokens, DocumentTitles.NumberMarks) is { } found)
            {
                var word = place.Words[found.Index];
                var startsCell = Segment.Split(place.Page, place.Match.Line).Any(s => s.Words[0] == place.Match.Line.Words[place.Match.FirstWord]);
                var confidence = (startsCell ? 0.9 : InTextLabel) * place.Match.Score * (place.Below ? 0.95 : 1);
                return ExtractedField.Text(found.Value, confidence, place.Page.Number, word.Box);
            }
        }

        return null;
    }

    /// <summary>The first identifier after a title word, with only number marks between ("Nr.", "#") or, before a mark, a few words ("Rechnung des Versicherers Nr. 1").</summary>
    private static ExtractedField? FromTitle(DocumentContent content)
    {
        foreach (var (page, line) in content.Lines)
        {
            var words = line.Words;
            for (var i = 0; i < words.Count; i++)
            {
                if (!TitleWords.IsTitle(words[i].Text))
                {
                    continue;
                }

                var tokens = words.Skip(i + 1).Take(6).Select(w => w.Text).ToList();
                var markAt = tokens.FindIndex(t => DocumentTitles.NumberMarks.Contains(Folding.Fold(t).Trim('.', ':')));
                var from = markAt is > 0 and <= 4 ? markAt : 0;
                if (Identifier.First(tokens.Skip(from).ToList(), DocumentTitles.NumberMarks, minLength: 3) is { } found)
                {
                    var word = words[i + 1 + from + found.Index];
                    return ExtractedField.Text(found.Value, 0.75, page.Number, word.Box);
                }
            }
        }

        return null;
    }
}
