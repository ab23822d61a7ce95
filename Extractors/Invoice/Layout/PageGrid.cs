using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>Geometry shared by the readers: line heights and what lies below a box.</summary>
internal static class PageGrid
{
    /// <summary>The page's typical line height (fraction of the page), the median of its lines'.</summary>
    public static double LineHeight(Page page)
    {
        var heights = page.Lines.Select(l => l.Words.Min(w => w.Box.Height)).Order().ToList();
        return heights.Count == 0 ? 0.012 : heights[heights.Count / 2];
    }

    /// <summary>Whether <paramref name="word"/> sits in the column of <paramref name="column"/>: their horizontal extents overlap, with a little slack.</summary>
    public static bool InColumn(BoundingBox column, BoundingBox word, double slack = 0.005) =>
        word.Right > column.Left - slack && word.Left < column.Right + slack;

    /// <summary>The lines of <paramref name="page"/> below <paramref name="line"/>, nearest first, no further than <paramref name="maxLines"/> line heights down.</summary>
    public static IEnumerable<Line> Below(Page page, Line line, double maxLines)
    {
        var limit = line.Box.Bottom + maxLines * LineHeight(page) * 1.6;
        return page.Lines.Where(l => l.Box.Top > line.Box.Top + line.Box.Height * 0.5 && l.Box.Top < limit).OrderBy(l => l.Box.Top);
    }
}
