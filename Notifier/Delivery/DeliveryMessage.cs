using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Intake.Notifier.Signing;
using Intake.Notifier.Subscriptions;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Builds one attempt's request (DESIGN.md, "Webhooks"): the stored body, byte for byte, both
/// signature header sets (each with every live secret during a rotation), then the endpoint's
/// auth and the subscriber's own headers.
/// </summary>
public static class DeliveryMessage
{
    public const string UserAgent = "Intake-Webhook/1.0";

    public static HttpRequestMessage Create(
        ClaimedDelivery delivery, int attempt, DateTimeOffset now, IReadOnlyList<string> secrets, string? credential)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd(UserAgent);

        var seconds = now.ToUnixTimeSeconds();
        request.Headers.TryAddWithoutValidation("webhook-id", delivery.Id);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature",
            string.Join(' ', secrets.Select(secret => WebhookSignatures.StandardWebhooks(secret, delivery.Id, seconds, delivery.Body))));

        var milliseconds = now.ToUnixTimeMilliseconds();
        request.Headers.TryAddWithoutValidation("X-Webhook-Event", delivery.Event);
        request.Headers.TryAddWithoutValidation("X-Webhook-Delivery", delivery.Id);
        request.Headers.TryAddWithoutValidation("X-Webhook-Attempt", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("X-Webhook-Timestamp", milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("X-Webhook-Signature",
            string.Join(' ', secrets.Select(secret => WebhookSignatures.Seed(secret, milliseconds, delivery.Body))));

        EndpointAuthorization.Apply(request, delivery.AuthKind, delivery.AuthHeaderName, credential);
        foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.Headers) ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>The envelope every subscriber receives: <c>{id, event, timestamp, organizationId, data}</c>, <c>id</c> the event's.</summary>
    public static string Body(Guid eventId, string eventName, DateTimeOffset timestamp, Guid organizationId, string dataJson)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", eventId);
            writer.WriteString("event", eventName);
            writer.WriteString("timestamp", timestamp.ToUniversalTime());
            writer.WriteString("organizationId", organizationId);
            writer.WritePropertyName("data");
            writer.WriteRawValue(dataJson);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
