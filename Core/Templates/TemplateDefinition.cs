namespace Intake.Core.Templates;

/// <summary>
/// A user-defined extraction template, as <c>/api/templates</c> takes and shows it: named fields
/// found by an anchor label, a regular expression and/or a page area, and an optional line-items block.
/// </summary>
public sealed record TemplateDefinition(string Name, string? Description, IReadOnlyList<TemplateField> Fields, TemplateLineItems? LineItems);

/// <summary>
/// One field. Where it is read: right of (or else below) <see cref="Anchor"/> when given, else
/// anywhere (within <see cref="Area"/> when given). <see cref="Pattern"/> picks the value out of that
/// text (its group <c>value</c> when it has one, else the whole match); without a pattern the text
/// itself (or, for numbers, amounts and dates, the first one in it) is the value.
/// </summary>
public sealed record TemplateField(string Name, string Type, string? Anchor = null, string? Pattern = null, TemplateArea? Area = null);

/// <summary>A region of a page, as fractions of its width and height from the top left (0..1); <see cref="Page"/> null for every page.</summary>
public sealed record TemplateArea(double Left, double Top, double Right, double Bottom, int? Page = null);

/// <summary>
/// A table of line items: the rows between the line holding <see cref="Start"/> and the one holding
/// <see cref="End"/> (or the end of the document) that match <see cref="RowPattern"/>, whose named
/// groups are the <see cref="Columns"/>.
/// </summary>
public sealed record TemplateLineItems(string Start, string? End, string RowPattern, IReadOnlyList<TemplateColumn> Columns);

/// <summary>A column of the line items: a named group of the row pattern, and its type.</summary>
public sealed record TemplateColumn(string Name, string Type);

/// <summary>The value types a template field or column can have.</summary>
public static class TemplateFieldTypes
{
    public const string Text = "text";
    public const string Number = "number";
    public const string Amount = "amount";
    public const string Date = "date";

    public static IReadOnlyList<string> All { get; } = [Text, Number, Amount, Date];
}
