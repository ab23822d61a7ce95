using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;

namespace Intake.Extractors.Invoices.Items;

/// <summary>One item being read: the words of its first line by column, and the description lines that follow.</summary>
internal sealed class ItemRow
{
    private readonly Page _page;
    private readonly List<Word> _description = [];
    private (decimal Value, BoundingBox? Box)? _quantity;
    private (decimal Value, BoundingBox? Box)? _unitPrice;
    private (decimal Value, BoundingBox? Box)? _rate;
    private PlacedAmount _amount = null!;

    private ItemRow(Page page) => _page = page;

    public static ItemRow Start(Page page, Line line, ItemHeader header, PlacedAmount amount, AmountHints numbers, Func<ItemHeader, BoundingBox, ItemColumn> columnOf)
    {
        var row = new ItemRow(page) { _amount = amount };
        var span = DescriptionSpan(header);
        row._description.AddRange(line.Words.Where(w => span is { } s && w.Box.CenterX >= s.Left && w.Box.Right <= s.Right && !amount.Words.Contains(w)));
        var byColumn = line.Words.Where(w => !amount.Words.Contains(w) && !row._description.Contains(w)).GroupBy(w => columnOf(header, w.Box)).ToList();
        foreach (var group in byColumn)
        {
            var text = string.Join(' ', group.Select(w => w.Text));
            var box = BoundingBox.Enclosing(group.Select(w => w.Box));
            switch (group.Key.Kind)
            {
                case ColumnKind.Quantity:
                    row._quantity ??= FirstNumber(text, numbers) is { } quantity ? (quantity, box) : null;
                    break;
                case ColumnKind.UnitPrice:
                    row._unitPrice ??= PlacedAmount.In([.. group]).FirstOrDefault() is { } price ? (price.Value, price.Box) : null;
                    break;
                case ColumnKind.TaxRate:
                    row._rate ??= FirstNumber(text.Replace("%", " ", StringComparison.Ordinal), numbers) is { } rate ? (rate, box) : null;
                    break;
            }
        }

        if (row._description.Count == 0)
        {
            // No description column, or it is empty on this line: the text words left of the numbers describe the item.
            row._description.AddRange(line.Words.Where(w => w.Box.Right < amount.Box.Left && w.Text.Count(char.IsLetter) >= 2 && columnOf(header, w.Box).Kind is ColumnKind.Other or ColumnKind.Description));
        }

        return row;
    }

    public void Continue(Line line, ItemHeader header)
    {
        var span = DescriptionSpan(header);
        var words = line.Words.Where(w => span is { } s && w.Box.CenterX >= s.Left && w.Box.Right <= s.Right).ToList();
        if (span is null && _description.Count > 0)
        {
            var left = _description.Min(w => w.Box.Left) - 0.01;
            var right = _amount.Box.Left;
            words = line.Words.Where(w => w.Box.Left >= left && w.Box.Right < right && w.Text.Any(char.IsLetter)).ToList();
        }

        _description.AddRange(words);
    }

    public TableRow ToTableRow()
    {
        var cells = new Dictionary<string, ExtractedField>();
        var page = _page.Number;
        if (_description.Count > 0)
        {
            var text = string.Join(' ', _description.Select(w => w.Text));
            cells["description"] = ExtractedField.Text(text, 0.8, page, BoundingBox.Enclosing(_description.Select(w => w.Box)));
        }

        // Quantity × unit price = amount confirms all three.
        var consistent = _quantity is { } q && _unitPrice is { } u && Math.Abs(q.Value * u.Value - _amount.Value) <= 0.02m;
        var confidence = consistent ? 0.95 : 0.8;
        if (_quantity is { } quantity)
        {
            cells["quantity"] = ExtractedField.Number(quantity.Value, confidence, page, quantity.Box);
        }

        if (_unitPrice is { } unitPrice)
        {
            cells["unitPrice"] = ExtractedField.Amount(unitPrice.Value, confidence, page, unitPrice.Box);
        }

        cells["amount"] = ExtractedField.Amount(_amount.Value, confidence, page, _amount.Box);
        if (_rate is { } rate)
        {
            cells["taxRate"] = ExtractedField.Number(rate.Value, 0.8, page, rate.Box);
        }

        return new TableRow(cells);
    }

    /// <summary>
    /// Where descriptions are printed: from the description heading's left edge to the next
    /// column that holds numbers. A description is often much wider than its heading.
    /// </summary>
    private static (double Left, double Right)? DescriptionSpan(ItemHeader header)
    {
        var description = header.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Description);
        if (description is null)
        {
            return null;
        }

        var next = header.Columns.Where(c => c.Left > description.Right && c.Kind is ColumnKind.Quantity or ColumnKind.UnitPrice or ColumnKind.Amount or ColumnKind.TaxRate)
            .Select(c => c.Left).DefaultIfEmpty(1).Min();

        // The first column's text may start left of its heading, at the page's margin.
        var left = header.Columns.Any(c => c.Right < description.Left) ? description.Left - 0.01 : 0;
        return (left, next - 0.005);
    }

    private static decimal? FirstNumber(string text, AmountHints numbers) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => AmountParser.TryParse(t, numbers, out var value) ? value.Value : (decimal?)null).FirstOrDefault(v => v is not null);
}
