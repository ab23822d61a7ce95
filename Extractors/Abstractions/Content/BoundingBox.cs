namespace Intake.Extractors.Content;

/// <summary>
/// A rectangle on a page, in fractions of the page's width and height (0..1, origin top-left),
/// so the same layout rules work on a text layer (points) and on OCR output (pixels).
/// </summary>
public readonly record struct BoundingBox(double Left, double Top, double Width, double Height)
{
    /// <summary>The right edge, as a fraction of the page's width (<see cref="Left"/> + <see cref="Width"/>).</summary>
    public double Right => Left + Width;

    /// <summary>The bottom edge, as a fraction of the page's height (<see cref="Top"/> + <see cref="Height"/>); larger is lower on the page.</summary>
    public double Bottom => Top + Height;

    /// <summary>The horizontal middle, as a fraction of the page's width.</summary>
    public double CenterX => Left + Width / 2;

    /// <summary>The vertical middle, as a fraction of the page's height.</summary>
    public double CenterY => Top + Height / 2;

    /// <summary>The smallest box holding both.</summary>
    public BoundingBox Union(BoundingBox other)
    {
        var left = Math.Min(Left, other.Left);
        var top = Math.Min(Top, other.Top);
        return new BoundingBox(left, top, Math.Max(Right, other.Right) - left, Math.Max(Bottom, other.Bottom) - top);
    }

    /// <summary>The smallest box holding all of <paramref name="boxes"/>; null when there are none.</summary>
    public static BoundingBox? Enclosing(IEnumerable<BoundingBox> boxes)
    {
        BoundingBox? result = null;
        foreach (var box in boxes)
        {
            result = result is { } current ? current.Union(box) : box;
        }

        return result;
    }

    /// <summary>How much of the shorter box's height the two share vertically (0..1): "on the same line".</summary>
    public double VerticalOverlap(BoundingBox other)
    {
        var shared = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        var shorter = Math.Min(Height, other.Height);
        return shorter <= 0 ? 0 : Math.Clamp(shared / shorter, 0, 1);
    }

    /// <summary>How much of the narrower box's width the two share horizontally (0..1): "in the same column".</summary>
    public double HorizontalOverlap(BoundingBox other)
    {
        var shared = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var narrower = Math.Min(Width, other.Width);
        return narrower <= 0 ? 0 : Math.Clamp(shared / narrower, 0, 1);
    }

    /// <summary>A box from page units (points or pixels) and the page's size in the same units.</summary>
    public static BoundingBox FromPageUnits(double left, double top, double right, double bottom, double pageWidth, double pageHeight) =>
        new(left / pageWidth, top / pageHeight, (right - left) / pageWidth, (bottom - top) / pageHeight);
}
