using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Tools.Generator.Receipts;

/// <summary>
/// A receipt's truth as JSON, with the corpus receipts' keys; the address is its printed lines
/// joined by spaces, as SROIE's truth and the product's field both have it.
/// </summary>
public static class ReceiptTruth
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Of(Receipt receipt, ReceiptLayout layout) => new()
    {
        ["id"] = receipt.Id,
        ["layout"] = layout.Name,
        ["heldOut"] = layout.HeldOut,
        ["language"] = layout.Language,
        ["merchantName"] = receipt.MerchantName,
        ["merchantAddress"] = string.Join(' ', receipt.MerchantAddressLines),
        ["date"] = receipt.IssuedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["time"] = receipt.IssuedAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["total"] = receipt.Total,
        ["tax"] = receipt.Tax,
        ["currency"] = receipt.Currency,
        ["paidInCash"] = receipt.Payment.CashTendered is not null,
        ["itemCount"] = receipt.Items.Count,
    };

    public static string ToJson(Receipt receipt, ReceiptLayout layout) => Of(receipt, layout).ToJsonString(Indented);
}
