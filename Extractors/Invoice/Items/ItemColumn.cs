using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Items;

/// <summary>A column of the item table: its kind, its stacked title and its horizontal extent on the page.</summary>
internal sealed record ItemColumn(ColumnKind Kind, string Title, double Left, double Right)
{
    public double Center => (Left + Right) / 2;

    /// <summary>How far a box is from the column horizontally: 0 when they overlap.</summary>
    public double DistanceTo(BoundingBox box) =>
        box.Right < Left ? Left - box.Right : box.Left > Right ? box.Left - Right : 0;
}
