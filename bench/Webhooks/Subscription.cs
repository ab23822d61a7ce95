using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Bench.Webhooks;

/// <summary>The receiver's webhook subscription, made through the Api as a user makes one.</summary>
public static class Subscription
{
    public static async Task<Guid> CreateAsync(HttpClient api, Uri url, string eventName)
    {
        var created = await api.PostAsJsonAsync("/api/webhooks/notifications", new { url, events = new[] { eventName } });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Subscribing {url} gave {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        }

        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("subscription").GetProperty("id").GetGuid();
    }
}
