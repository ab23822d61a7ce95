using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>
/// The footer an invoice prints its seller's legal details in: at the foot of the last page, the
/// block of lines that holds a tax id or an IBAN. The seller's name heads it ("Acme GmbH ·
/// Geschäftsführer … · USt-IdNr. DE…"), as it is the party those details belong to.
/// </summary>
internal static class SellerFooter
{
    /// <summary>The part of the page a footer is in.</summary>
    private const double FooterTop = 0.75;

    /// <summary>Footer lines are close together: a wider gap ends the block.</summary>
    private const double MaxGapInLines = 1.8;

    private static readonly string[] DetailLabels = ["IBAN", "USt-IdNr.", "USt-ID", "VAT ID", "VAT No", "TVA", "SIRET", "Steuernummer", "BIC", "HRB"];

    public static Segment? Name(DocumentContent content)
    {
        var page = content.Pages.LastOrDefault();
        if (page is null)
        {
            return null;
        }

        var footer = page.Lines.Where(l => l.Box.Top >= FooterTop).ToList();
        var details = LabelMatcher.Find(footer, DetailLabels).Select(m => m.Line).FirstOrDefault();
        if (details is null)
        {
            return null;
        }

        // Walk up from the details line while the lines stay close: the block's first line heads it.
        var height = PageGrid.LineHeight(page);
        var index = page.Lines.ToList().IndexOf(details);
        while (index > 0 && page.Lines[index].Box.Top - page.Lines[index - 1].Box.Bottom < height * MaxGapInLines && page.Lines[index - 1].Box.Top >= FooterTop)
        {
            index--;
        }

        return Segment.Split(page, page.Lines[index]).FirstOrDefault(c => c.Text.Count(char.IsLetter) >= 3);
    }
}
