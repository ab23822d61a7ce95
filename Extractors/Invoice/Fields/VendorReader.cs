using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Invoices.Totals;
using Intake.Extractors.Invoices.Vocabulary;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The seller: the block under a seller heading ("Verkäufer", "Supplier", "Fournisseur"); else
/// the letterhead, the first name-like cell above the item table on the first page that is not
/// the document's title, a field's label, a date or the customer, cut at the separators
/// letterheads put between name and address ("Acme SARL - 12 rue … - Lyon"), or after its legal
/// form where OCR has misread the separator; else the name heading the footer that carries the
/// seller's tax id or IBAN.
/// </summary>
internal static class VendorReader
{
    private static readonly string[] LetterheadSeparators = [" - ", " – ", "●", "•", "|", "·", " — "];

    /// <summary>Labels a cell may hold alone, which are never a name: party headings, the fields' labels ("Date", "Échéance"), page numbers.</summary>
    private static readonly string[] NotNames =
        [.. FieldLabels.Buyer, .. FieldLabels.Seller, .. FieldLabels.InvoiceNumber, .. FieldLabels.InvoiceDate, .. FieldLabels.GenericDate, .. FieldLabels.DueDate, "Page", "Seite"];

    /// <summary>A name longer than this is a sentence.</summary>
    private const int MaxNameWords = 6;

    /// <summary>The part of the first page a letterhead is in.</summary>
    private const double LetterheadDepth = 0.3;

    public static (ExtractedField Name, ExtractedField? Address)? Read(DocumentContent content, PartyBlock? customer)
    {
        var customerName = customer?.Name.Text;
        if (PartyBlock.UnderHeading(content, FieldLabels.Seller) is { } block && !Same(block.Name.Text, customerName))
        {
            var (name, lines) = (block.Name.Text, block.Address);
            var box = block.Name.Box;
            if (lines.Count > 0 && ContinuesName(block.Name, lines[0]))
            {
                (name, box, lines) = ($"{name} {lines[0].Text}", box.Union(lines[0].Box), lines.Skip(1).ToList());
            }

            var address = lines.Count == 0 ? null
                : ExtractedField.Text(string.Join(", ", lines.Select(a => a.Text)), block.Confidence * 0.8, block.Name.Page.Number, BoundingBox.Enclosing(lines.Select(a => a.Box)));
            return (ExtractedField.Text(name, block.Confidence, block.Name.Page.Number, box), address);
        }

        return Letterhead(content, customer) ?? Footer(content, customerName);
    }

    private static (ExtractedField Name, ExtractedField? Address)? Footer(DocumentContent content, string? customerName)
    {
        if (SellerFooter.Name(content) is not { } footer)
        {
            return null;
        }

        // The footer's other columns and lines hold the address and the details; only the name is taken from it.
        var first = footer.Text.Split(LetterheadSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        var name = CompanyName.SplitAfterLegalForm(first)?.Name ?? first;
        return name.Count(char.IsLetter) < 3 || name.Count(char.IsDigit) * 2 >= name.Count(char.IsLetter) || name.Contains(':') || IsNotAName(name) || Same(name, customerName)
            ? null
            : (ExtractedField.Text(name, 0.5, footer.Page.Number, footer.Box), null);
    }

    private static (ExtractedField Name, ExtractedField? Address)? Letterhead(DocumentContent content, PartyBlock? customer)
    {
        var customerName = customer?.Name.Text;
        var customerLines = customer is null ? [] : customer.Address.Select(a => a.Line).Append(customer.Name.Line).ToHashSet();
        var page = content.Pages.FirstOrDefault();
        if (page is null)
        {
            return null;
        }

        // A letterhead heads the page: never at or below the item table's heading, whose rows hold names of goods.
        var tableTop = Items.ItemHeader.Find(page).Select(h => h.FirstLine).DefaultIfEmpty(page.Lines.Count).First();
        foreach (var line in page.Lines.Take(tableTop).Where(l => l.Box.Top < LetterheadDepth && !customerLines.Contains(l)))
        {
            foreach (var cell in Segment.Split(page, line))
            {
                var split = cell.Text.Split(LetterheadSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var cut = CompanyName.SplitAfterLegalForm(split.FirstOrDefault() ?? "");
                string[] parts = cut is { } found ? [found.Name, found.Address, .. split.Skip(1)] : split;
                var name = parts.FirstOrDefault() ?? "";
                var nameLike = (cut is null && PartyBlock.IsName(cell)) || (parts.Length > 1 && name.Count(char.IsLetter) >= 3);
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
        return first is not null && ContinuesName(name, first) ? first : null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> is the rest of <paramref name="name"/>: right below it, from
    /// the same left edge, in a type at least as large, without digits (an address line has them),
    /// and the name does not already end in a legal form ("GmbH", "SARL", "Ltd").
    /// </summary>
    private static bool ContinuesName(Segment name, Segment next)
    {
        var height = name.Words.Min(w => w.Box.Height);
        return Math.Abs(next.Box.Left - name.Box.Left) < 0.01
            && next.Words.Min(w => w.Box.Height) >= height * 0.9
            && next.Box.Top - name.Box.Bottom < height * 1.5
            && !next.Text.Any(char.IsDigit) && PartyBlock.IsName(next) && !IsNotAName(next.Text)
            && !CompanyName.EndsInLegalForm(name.Text);
    }

    /// <summary>Titles, dates, page numbers and headings are not the seller's name.</summary>
    private static bool IsNotAName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var line = new Line(words.Select(w => new Word(w, default)).ToList());
        return words.Length is 0 or > MaxNameWords
            || (words.Any(TitleWords.IsTitle) && words.Length <= 3)
            || (words.Length <= 2 && ColumnVocabulary.KindOf(text) != Items.ColumnKind.Other)
            || (words.Length <= 2 && TotalsVocabulary.KindOf(text) is not (TotalKind.Unknown or TotalKind.None))
            || DateParser.FindAll(text, DateHints.None).Count > 0
            || LabelMatcher.Find([line], NotNames).Any(m => m.FirstWord == 0 && m.LastWord == words.Length - 1);
    }

    private static bool Same(string name, string? other) =>
        other is not null && string.Equals(Folding.Fold(name).Trim(), Folding.Fold(other).Trim(), StringComparison.Ordinal);
}
