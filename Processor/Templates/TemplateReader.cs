using System.Text.RegularExpressions;
using Intake.Core.Templates;
using Intake.Extractors.Content;
using Intake.Extractors.Layout;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Processor.Templates;

/// <summary>
/// Reads a document with a user's template: each field where the template says it is, typed as
/// it says, and the line items between their start and end labels. A value that cannot be found
/// is left out with a warning; it does not fail the document.
/// </summary>
public static class TemplateReader
{
    public static ExtractionResult Read(TemplateDefinition template, DocumentContent content, DateHints hints, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, ExtractedField>();
        var warnings = new List<string>();
        foreach (var field in template.Fields ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (Find(field, content, hints) is { } found)
                {
                    fields[field.Name] = found;
                }
                else
                {
                    warnings.Add($"{field.Name}: not found");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                warnings.Add($"{field.Name}: its pattern took longer than {TemplatePatterns.MatchTimeout.TotalMilliseconds:0} ms and was stopped");
            }
        }

        var tables = new Dictionary<string, ExtractedTable>();
        if (template.LineItems is { } items)
        {
            try
            {
                tables["items"] = TemplateLineItemsReader.Read(items, content, hints);
            }
            catch (RegexMatchTimeoutException)
            {
                warnings.Add($"lineItems: the row pattern took longer than {TemplatePatterns.MatchTimeout.TotalMilliseconds:0} ms and was stopped");
            }
        }

        return new ExtractionResult { Fields = fields, Tables = tables, Warnings = warnings, Summary = Summarize(template, fields, content) };
    }

    private static ExtractedField? Find(TemplateField field, DocumentContent content, DateHints hints)
    {
        var pattern = field.Pattern is null ? null : TemplatePatterns.Create(field.Pattern);
        foreach (var (page, lines) in Regions(content, field.Area))
        {
            foreach (var (rest, score) in Candidates(lines, field.Anchor))
            {
                // A pattern picks its value out of the rest of the line; without one the value ends where the next column starts.
                var words = pattern is null ? Phrases.First(rest) : rest;
                var text = string.Join(' ', words.Select(w => w.Text));
                var value = text;
                if (pattern is not null)
                {
                    var match = pattern.Match(text);
                    if (!match.Success)
                    {
                        continue;
                    }

                    value = match.Groups[TemplatePatterns.ValueGroup] is { Success: true } group ? group.Value : match.Value;
                }

                var box = BoundingBox.Enclosing(words.Select(w => w.Box));
                var confidence = score * (words.Count == 0 ? 0 : words.Min(w => w.Confidence));
                if (TemplateValues.Convert(value, field.Type, hints, confidence, page.Number, box) is { } converted)
                {
                    return converted;
                }
            }
        }

        return null;
    }

    /// <summary>Each page (or the one the area names) with its lines, cut down to the words inside the area.</summary>
    private static IEnumerable<(Page Page, IReadOnlyList<Line> Lines)> Regions(DocumentContent content, TemplateArea? area)
    {
        foreach (var page in content.Pages.Where(p => area?.Page is null || p.Number == area.Page))
        {
            if (area is null)
            {
                yield return (page, page.Lines);
                continue;
            }

            yield return (page, page.Lines
                .Select(l => new Line(l.Words.Where(w => w.Box.CenterX >= area.Left && w.Box.CenterX <= area.Right && w.Box.CenterY >= area.Top && w.Box.CenterY <= area.Bottom).ToList()))
                .Where(l => l.Words.Count > 0)
                .ToList());
        }
    }

    /// <summary>
    /// Where the value may be, best first: without an anchor every line; with one, the words right of
    /// each place the anchor is found, then those below it (from the anchor's left edge on).
    /// </summary>
    private static IEnumerable<(IReadOnlyList<Word> Words, double Score)> Candidates(IReadOnlyList<Line> lines, string? anchor)
    {
        if (string.IsNullOrWhiteSpace(anchor))
        {
            foreach (var line in lines)
            {
                yield return (line.Words, 0.9);
            }

            yield break;
        }

        foreach (var match in LabelMatcher.Find(lines, anchor))
        {
            var after = match.WordsAfter.Where(w => w.Text is not ":").ToList();
            var below = lines.FirstOrDefault(l => l.Box.Top > match.Line.Box.Bottom - 0.002);
            var under = below?.Words.Where(w => w.Box.Right > match.Box.Left).ToList() ?? [];
            // A row of labels ("Customer no      Invoice date") over a row of values: what is right of
            // the label is the next label, and the value is the one starting under it.
            var labelRow = after.Count > 0 && after[0].Box.Left - match.Box.Right > Phrases.ColumnGap
                && StartsUnder(below, match.Box.Left) && StartsUnder(below, after[0].Box.Left);
            if (after.Count > 0 && !labelRow)
            {
                yield return (after, match.Score * 0.95);
            }

            if (under.Count > 0)
            {
                yield return (under, match.Score * 0.85);
            }

            if (labelRow)
            {
                yield return (after, match.Score * 0.8);
            }
        }
    }

    private static bool StartsUnder(Line? line, double left) =>
        line?.Words.Any(w => Math.Abs(w.Box.Left - left) < Phrases.ColumnGap / 2) ?? false;

    private static DocumentSummary Summarize(TemplateDefinition template, Dictionary<string, ExtractedField> fields, DocumentContent content)
    {
        // A template's names are the user's own; the summary takes the conventional ones when present.
        var total = First(fields, "totalAmount", "total", "amountDue", "amount")?.Value as decimal?;
        var date = First(fields, "documentDate", "invoiceDate", "date")?.Value as DateOnly?;
        var currency = First(fields, "currency")?.Value as string;
        currency = currency is not null && CurrencyParser.TryParse(currency, out var code) ? code : CurrencyParser.Detect(content.Text);
        return new DocumentSummary(Description: template.Name, TotalAmount: total, DocumentDate: date, Currency: currency);
    }

    private static ExtractedField? First(Dictionary<string, ExtractedField> fields, params string[] names) =>
        names.Select(n => fields.GetValueOrDefault(n)).FirstOrDefault(f => f is not null);
}
