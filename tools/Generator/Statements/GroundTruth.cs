using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Statements;

/// <summary>
/// A statement's truth as JSON, written beside its PDFs: every header field, whether its layout
/// is held out, and the transactions (ISO date, description as printed on one line, signed
/// amount, balance after it).
/// </summary>
public static class GroundTruth
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Of(Statement statement, StatementLayout layout) => new()
    {
        ["id"] = statement.Id,
        ["layout"] = layout.Name,
        ["heldOut"] = layout.HeldOut,
        ["language"] = layout.Language,
        ["bankName"] = statement.BankName,
        ["accountHolder"] = statement.AccountHolder,
        ["accountNumber"] = statement.AccountNumber,
        ["iban"] = statement.Iban,
        ["periodStart"] = Iso(statement.PeriodStart),
        ["periodEnd"] = Iso(statement.PeriodEnd),
        ["currency"] = statement.Currency,
        ["openingBalance"] = statement.OpeningBalance,
        ["closingBalance"] = statement.ClosingBalance,
        ["transactions"] = new JsonArray(statement.Transactions.Select(t => (JsonNode)new JsonObject
        {
            ["date"] = Iso(t.Date),
            ["valueDate"] = Iso(t.ValueDate),
            ["description"] = t.Description,
            ["amount"] = t.Amount,
            ["balance"] = t.Balance,
        }).ToArray()),
    };

    public static string ToJson(Statement statement, StatementLayout layout) => Of(statement, layout).ToJsonString(Indented);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
