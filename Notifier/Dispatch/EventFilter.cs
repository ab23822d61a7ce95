using System.Text.Json;
using Intake.Notifier.Subscriptions;

namespace Intake.Notifier.Dispatch;

/// <summary>
/// Whether an event reaches a subscription: it names the event, and the event's document (or,
/// for <c>batch.*</c>, one of the job's documents) passes the subscription's filters.
/// </summary>
public static class EventFilter
{
    public static bool Matches(SubscriptionRow subscription, string eventName, JsonElement data)
    {
        if (!subscription.Events.Contains(eventName))
        {
            return false;
        }

        if (subscription.FilterTemplateIds.Length > 0
            && !subscription.FilterTemplateIds.Contains(Text(data, "templateId") ?? Text(data, "template_id")))
        {
            return false;
        }

        return subscription.FilterDocTypes.Length == 0 || DocTypes(data).Any(subscription.FilterDocTypes.Contains);
    }

    /// <summary>A document event's <c>status.docType</c>; a batch event's <c>documents[].doc_type</c>.</summary>
    private static IEnumerable<string?> DocTypes(JsonElement data)
    {
        if (data.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            yield return Text(status, "docType");
        }

        if (data.TryGetProperty("documents", out var documents) && documents.ValueKind == JsonValueKind.Array)
        {
            foreach (var document in documents.EnumerateArray())
            {
                yield return Text(document, "doc_type");
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
