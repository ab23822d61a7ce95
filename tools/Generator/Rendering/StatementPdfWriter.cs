using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Statements;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Tools.Generator.Rendering;

/// <summary>Draws a statement in its layout as a born-digital PDF (with a text layer), A4 portrait.</summary>
public static class StatementPdfWriter
{
    internal const double Margin = 40;
    internal const double RowHeight = 13;
    private const double TableFontSize = 8.5;
    private static readonly XSize A4 = new(595, 842);

    /// <summary>The longest description that fits the layout's column (two lines where it wraps), at the table font's average width.</summary>
    public static int MaxDescriptionCharacters(StatementLayout layout)
    {
        var width = layout.Columns.Single(c => c.Kind == ColumnKind.Description).Width;
        var perLine = (int)(width / (TableFontSize * 0.56));
        return layout.WrapDescriptions ? perLine * 2 - 4 : perLine;
    }

    public static byte[] Render(Statement statement, StatementLayout layout)
    {
        DejaVuFontResolver.EnsureInstalled();
        var fonts = new Fonts();
        var description = layout.Columns.Single(c => c.Kind == ColumnKind.Description);
        var measure = XGraphics.CreateMeasureContext(A4, XGraphicsUnit.Point, XPageDirection.Downwards);
        var pages = TablePagination.Paginate(statement, layout, text => Wrap(measure, text, fonts.Table, layout.WrapDescriptions ? description.Width - 6 : double.MaxValue));

        using var document = new PdfDocument();
        document.Info.Title = $"{layout.Title} {statement.Id}";
        document.Info.CreationDate = statement.PeriodEnd.ToDateTime(TimeOnly.MinValue);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(A4.Width);
            page.Height = XUnit.FromPoint(A4.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            var painter = new StatementPainter(graphics, fonts, statement, layout);
            var top = index == 0 ? painter.DrawFirstPageHeading() : painter.DrawContinuationHeading();
            painter.DrawTable(pages[index], top);
            painter.DrawFooter(index + 1, pages.Count);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static IReadOnlyList<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measure.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    internal sealed class Fonts
    {
        public XFont Bank { get; } = new(DejaVuFontResolver.Family, 15, XFontStyleEx.Bold);
        public XFont Title { get; } = new(DejaVuFontResolver.Family, 12, XFontStyleEx.Bold);
        public XFont Label { get; } = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular);
        public XFont Value { get; } = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
        public XFont Header { get; } = new(DejaVuFontResolver.Family, TableFontSize, XFontStyleEx.Bold);
        public XFont Table { get; } = new(DejaVuFontResolver.Family, TableFontSize, XFontStyleEx.Regular);
        public XFont Small { get; } = new(DejaVuFontResolver.Family, 7, XFontStyleEx.Regular);
    }
}
