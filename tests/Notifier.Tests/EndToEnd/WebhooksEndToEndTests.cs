using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Notifier.Signing;
using Npgsql;

namespace Intake.Notifier.Tests.EndToEnd;

/// <summary>Through the running application: the Api forwards to the Notifiers, which deliver to real receivers.</summary>
[Collection(NotifierReplicas.Collection)]
public sealed class WebhooksEndToEndTests(NotifierAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 180_000)]
    public async Task An_uploaded_document_reaches_a_subscriber_as_signed_events_in_order_with_data_equal_to_the_document()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var api = fixture.CreateApiClient(organization.ApiKey);
        await using var receiver = await LoopbackServer.StartAsync();
        var events = new[] { "document.created", "document.status_changed", "document.processed", "document.ready", "batch.completed" };
        var created = await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = receiver.Url, events }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var subscription = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var secret = subscription.GetProperty("secret").GetString()!;
        var subscriptionId = subscription.GetProperty("subscription").GetProperty("id").GetGuid();

        using var form = new MultipartFormDataContent { { new ByteArrayContent(SharedCorpus.Read("invoices/zf028.pdf")), "file", "invoice.pdf" } };
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var uploadRequest = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        uploadRequest.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");
        var upload = await api.SendAsync(uploadRequest, Ct);
        var documentId = (await upload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documents")[0].GetProperty("documentId").GetGuid();

        // At least once: a delivery may arrive twice (a replica's lease ran out mid-attempt), always with its webhook-id,
        // which is how a subscriber recognises it; the order holds across the distinct deliveries.
        List<ReceivedRequest> Distinct() => receiver.Requests.DistinctBy(r => r.Header("webhook-id")).ToList();
        // The Processor has Intake's own plugins: the invoice is classified, extracted and indexed, a status change each.
        string[] expected =
        [
            "document.created", "document.status_changed", "document.status_changed", "document.status_changed", "document.processed", "document.ready",
            "batch.completed",
        ];
        await Eventually.Until(() => Task.FromResult(Distinct().Count), count => count >= expected.Length, Ct);
        var requests = Distinct();
        Assert.Equal(expected, requests.Select(r => r.Header("X-Webhook-Event")));
        Assert.All(receiver.Requests, r => Assert.Equal(requests.Single(d => d.Header("webhook-id") == r.Header("webhook-id")).Text, r.Text));
        foreach (var request in requests)
        {
            var seconds = long.Parse(request.Header("webhook-timestamp")!);
            Assert.Equal(WebhookSignatures.StandardWebhooks(secret, request.Header("webhook-id")!, seconds, request.Text), request.Header("webhook-signature"));
            Assert.Equal(WebhookSignatures.Seed(secret, long.Parse(request.Header("X-Webhook-Timestamp")!), request.Text), request.Header("X-Webhook-Signature"));
            var envelope = JsonNode.Parse(request.Text)!;
            Assert.Equal(organization.Id.ToString(), envelope["organizationId"]!.GetValue<string>());
            Assert.Equal(request.Header("X-Webhook-Event"), envelope["event"]!.GetValue<string>());
            // One trace from the upload to the subscriber: each attempt continues the event's trace.
            Assert.Equal(traceId, request.Header("traceparent")?.Split('-')[1]);
        }

        var ready = JsonNode.Parse(requests.Single(r => r.Header("X-Webhook-Event") == "document.ready").Text)!["data"];
        Assert.Equal("INVOICE", ready!["status"]!["docType"]!.GetValue<string>());
        var document = JsonNode.Parse(await api.GetStringAsync($"/api/documents/{documentId}", Ct));
        Assert.True(JsonNode.DeepEquals(document, ready), $"webhook data {ready} differs from the document {document}");

        // The subscriber pulls the document with its secret, no API key.
        using var anonymous = fixture.CreateApiClient();
        var pull = $"/api/webhook/{subscriptionId}/document/get?docId={documentId}";
        using var withSecret = new HttpRequestMessage(HttpMethod.Get, pull);
        withSecret.Headers.TryAddWithoutValidation("Authorization", secret); // the bare secret, as the seeds' clients send it
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(await (await anonymous.SendAsync(withSecret, Ct)).Content.ReadAsStringAsync(Ct))));
        using var wrongSecret = new HttpRequestMessage(HttpMethod.Get, pull);
        wrongSecret.Headers.TryAddWithoutValidation("Authorization", "Bearer " + WebhookSignatures.NewSecret());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(wrongSecret, Ct)).StatusCode);

        // deleteFilesAfterDelivery is on by default: the original goes once document.ready was delivered.
        await Eventually.Until(() => FileDeletedAsync(documentId), deleted => deleted, Ct);
    }

    [Fact(Timeout = 120_000)]
    public async Task Every_subscription_route_works_for_its_organization_and_is_404_for_another()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var api = fixture.CreateApiClient(owner.ApiKey);
        using var other = fixture.CreateApiClient(stranger.ApiKey);
        await using var receiver = await LoopbackServer.StartAsync();
        var created = await (await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = receiver.Url, events = new[] { "document.ready" } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("subscription").GetProperty("id").GetGuid();
        var path = $"/api/webhooks/notifications/{id}";

        var ping = await api.PostAsync($"{path}/test", null, Ct);
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(200, (await ping.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("statusCode").GetInt32());
        Assert.Equal("webhook.test", Assert.Single(receiver.Requests).Header("X-Webhook-Event"));
        var deliveries = await api.GetFromJsonAsync<JsonElement[]>($"{path}/deliveries", Ct);
        var deliveryId = Assert.Single(deliveries!).GetProperty("id").GetString();

        var strangerCalls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, path, null),
            (HttpMethod.Patch, path, new { description = "mine now" }),
            (HttpMethod.Post, $"{path}/test", null),
            (HttpMethod.Post, $"{path}/rotate-secret", null),
            (HttpMethod.Get, $"{path}/deliveries", null),
            (HttpMethod.Post, $"/api/webhooks/deliveries/{deliveryId}/resend", null),
            (HttpMethod.Delete, path, null),
            (HttpMethod.Delete, $"/api/webhooks/notifications?id={id}", null),
        };
        foreach (var (method, target, body) in strangerCalls)
        {
            using var request = new HttpRequestMessage(method, target) { Content = body is null ? null : JsonContent.Create(body) };
            Assert.Equal(HttpStatusCode.NotFound, (await other.SendAsync(request, Ct)).StatusCode);
        }

        Assert.Empty((await other.GetFromJsonAsync<JsonElement[]>("/api/webhooks/notifications", Ct))!);
        Assert.Single(receiver.Requests);

        var patched = await api.PatchAsJsonAsync(path, new { description = "payables", isActive = false }, Ct);
        Assert.Equal("payables", (await patched.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("description").GetString());
        var rotated = await (await api.PostAsync($"{path}/rotate-secret", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.NotEqual(created.GetProperty("secret").GetString(), rotated.GetProperty("secret").GetString());
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync($"/api/webhooks/deliveries/{deliveryId}/resend", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/webhooks/notifications?id={id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(path, Ct)).StatusCode);
    }

    [Fact(Timeout = 180_000)]
    public async Task An_original_is_kept_after_delivery_when_its_organization_turned_deleting_off()
    {
        var keeping = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var deleting = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using (var admin = fixture.CreateAdminClient())
        {
            (await admin.PatchAsJsonAsync($"/admin/organizations/{keeping.Id}", new { deleteFilesAfterDelivery = false }, Ct)).EnsureSuccessStatusCode();
        }

        await using var receiver = await LoopbackServer.StartAsync();
        var kept = await UploadAndAwaitReadyAsync(keeping, receiver);
        // Delivered after the kept one's delivery, so its deletion comes after the kept one's would have.
        var deleted = await UploadAndAwaitReadyAsync(deleting, receiver);

        await Eventually.Until(() => FileDeletedAsync(deleted), isDeleted => isDeleted, Ct);
        Assert.False(await FileDeletedAsync(kept));
    }

    private async Task<Guid> UploadAndAwaitReadyAsync(TestOrganization organization, LoopbackServer receiver)
    {
        using var api = fixture.CreateApiClient(organization.ApiKey);
        (await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = receiver.Url, events = new[] { "document.ready" } }, Ct)).EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(SharedCorpus.Read("invoices/zf028.pdf")), "file", "invoice.pdf" } };
        var upload = await (await api.PostAsync("/api/documents", form, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documentId = upload.GetProperty("documents")[0].GetProperty("documentId").GetGuid();
        await Eventually.Until(() => Task.FromResult(receiver.Requests.Count(r => r.Text.Contains(documentId.ToString()))), count => count > 0, Ct);
        return documentId;
    }

    [Fact(Timeout = 120_000)]
    public async Task A_ping_to_an_endpoint_that_never_answers_comes_back_through_the_Api_as_a_timed_out_attempt()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var api = fixture.CreateApiClient(organization.ApiKey);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Respond = (context, _) => Task.Delay(Timeout.Infinite, context.RequestAborted);
        var created = await (await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = receiver.Url, events = new[] { "document.ready" } }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        // The Notifier gives up after its attempt timeout (10 s here); the Api's call to it must outlast that.
        var ping = await api.PostAsync($"/api/webhooks/notifications/{created.GetProperty("subscription").GetProperty("id").GetGuid()}/test", null, Ct);

        Assert.True(ping.StatusCode == HttpStatusCode.OK, $"{ping.StatusCode}: {await ping.Content.ReadAsStringAsync(Ct)}");
        var attempt = await ping.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("statusCode").ValueKind);
        Assert.Contains("No answer within", attempt.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Invalid_subscriptions_are_refused_with_the_reason_and_the_routes_need_a_key()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var api = fixture.CreateApiClient(organization.ApiKey);

        var unknownEvent = await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = "http://127.0.0.1:9/x", events = new[] { "document.exploded" } }, Ct);
        var badUrl = await api.PostAsJsonAsync("/api/webhooks/notifications", new { url = "not a url", events = new[] { "document.ready" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, unknownEvent.StatusCode);
        Assert.Contains("document.exploded", (await unknownEvent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
        using var anonymous = fixture.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/webhooks/notifications", Ct)).StatusCode);
        using var notifier = new HttpClient { BaseAddress = fixture.App.GetEndpoint("notifier") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await notifier.GetAsync("/api/webhooks/notifications", Ct)).StatusCode);
    }

    private async Task<bool> FileDeletedAsync(Guid documentId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("select file_deleted_at is not null from intake.documents where id = @id", connection);
        command.Parameters.AddWithValue("id", documentId);
        return (bool)(await command.ExecuteScalarAsync(Ct))!;
    }
}
