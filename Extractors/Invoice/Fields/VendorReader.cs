using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The seller: the block under a seller heading ("Verkäufer", "Supplier", "Fournisseur"); else
/// the letterhead, the first name-like cell at the top of the first page that is not the
/// document's title, a date or the customer, cut at the separators letterheads put between
/// name and address ("Acme SARL - 12 rue … - Lyon").
/// </summary>
internal static class VendorReader
{
    private static readonly string[] LetterheadSeparators = [" - ", " – ", "●", "•", "|", "·", " — "];

    /// <summary>A name longer than this is a sentence.</summary>
    private const int MaxNameWords = 6;

    /// <summary>The part of the first page a letterhead is in.</summary>
    private const double LetterheadDepth = 0.3;

    public static (ExtractedField Name, ExtractedField? Address)? Read(DocumentContent content, string? customerName)
    {
        if (PartyBlock.UnderHeading(content, FieldLabels.Seller) is { } block && !Same(block.Name.Text, customerName))
        {
            var address = block.Address.Count == 0 ? null
                : ExtractedField.Text(string.Join(", ", block.Address.Select(a => a.Text)), block.Confidence * 0.8, block.Name.Page.Number, BoundingBox.Enclosing(block.Address.Select(a => a.Box)));
            return (ExtractedField.Text(block.Name.Text, block.Confidence, block.Name.Page.Number, block.Name.Box), address);
        }

        return Letterhead(content, customerName);
    }

    private static (ExtractedField Name, ExtractedField? Address)? Letterhead(DocumentContent content, string? customerName)
    {
        var page = content.Pages.FirstOrDefault();
        if (page is null)
        {
            return null;
        }

        foreach (var line in page.Lines.Where(l => l.Box.Top < LetterheadDepth))
        {
            foreach (var cell in Segment.Split(page, line))
            {
                var parts = cell.Text.Split(LetterheadSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var name = parts.FirstOrDefault() ?? "";
                var nameLike = PartyBlock.IsName(cell) || (parts.Length > 1 && name.Count(char.IsLetter) >= 3);
                if (!nameLike || IsNotAName(name) || Same(name, customerName))
                {
                    continue;
                }

                var address = parts.Length > 1 ? ExtractedField.Text(string.Join(", ", parts.Skip(1)), 0.5, page.Number, cell.Box) : null;
                if (parts.Length == 1 && Continuation(page, line, cell) is { } more)
                {
                    return (ExtractedField.Text($"{name} {more.Text}", 0.55, page.Number, cell.Box.Union(more.Box)), address);
                }

                return (ExtractedField.Text(name, 0.6, page.Number, cell.Box), address);
            }
        }

        return null;
    }

    /// <summary>
    /// A letterhead name set on two lines ("Acme Mutual / Insurance Society"): the next line
    /// starts where the name does, in a type at least as large, right below it, and holds no
    /// digits (an address line would).
    /// </summary>
    private static Segment? Continuation(Page page, Line line, Segment name)
    {
        var next = page.Lines.SkipWhile(l => l != line).Skip(1).FirstOrDefault();
        var first = next is null ? null : Segment.Split(page, next)[0];
        var height = name.Words.Min(w => w.Box.Height);
        return first is not null
            && Math.Abs(first.Box.Left - name.Box.Left) < 0.01
            && first.Words.Min(w => w.Box.Height) >= height * 0.9
            && first.Box.Top - name.Box.Bottom < height * 1.5
            && !first.Text.Any(char.IsDigit) && PartyBlock.IsName(first) && !IsNotAName(first.Text)
            ? first
            : null;
    }

    /// <summary>Titles, dates, page numbers and headings are not the seller's name.</summary>
    private static bool IsNotAName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new Line(words.Select(w => new Word(w, default)).ToList());
        return words.Length is 0 or > MaxNameWords
            || (words.Any(TitleWords.IsTitle) && words.Length <= 3)
            || DateParser.FindAll(text, DateHints.None).Count > 0
            || LabelMatcher.Find([line], [.. FieldLabels.Buyer, .. FieldLabels.Seller, "Page", "Seite"]).Any(m => m.FirstWord == 0 && m.LastWord == words.Length - 1);
    }

    private static bool Same(string name, string? other) =>
        other is not null && string.Equals(Folding.Fold(name).Trim(), Folding.Fold(other).Trim(), StringComparison.Ordinal);
}
