using Intake.Extractors.Content;

namespace Intake.Extractors.Receipts;

/// <summary>What a line of a receipt says about money, from the words before its amount.</summary>
internal enum LineRole
{
    /// <summary>No money label: an item, a heading, an address.</summary>
    None,

    /// <summary>A total that leaves no doubt it is what was paid (grand total, rounded total, amount due, Total TTC).</summary>
    FinalTotal,

    /// <summary>A plain "Total", "Summe": may still be before rounding.</summary>
    Total,

    /// <summary>The amount before tax.</summary>
    Subtotal,

    /// <summary>A tax amount.</summary>
    Tax,

    /// <summary>The rounding to the smallest coin.</summary>
    Rounding,

    /// <summary>What the customer handed over (cash) or paid with (card).</summary>
    Tendered,

    /// <summary>The money given back.</summary>
    Change,

    /// <summary>A count of items or quantities ("Total Qty 3"), not money.</summary>
    ItemCount,
}

/// <summary>One line of a receipt with its money role and its amounts (left to right).</summary>
internal sealed record ReceiptLine(int Index, Page Page, Line Line, LineRole Role, IReadOnlyList<string> LabelTokens, IReadOnlyList<OcrAmount> Amounts)
{
    /// <summary>The line's value: its right-most amount, where tills print it.</summary>
    public OcrAmount? Value => Amounts.Count == 0 ? null : Amounts[^1];
}
