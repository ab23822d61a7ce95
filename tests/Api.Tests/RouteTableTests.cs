using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Api.Tests.Documents;

namespace Intake.Api.Tests;

/// <summary>
/// Organization B, with its own key (and its own webhook secret), tries every route of the Api
/// on organization A's document, job and subscription. The routes come from the Api's OpenAPI
/// document, and each must be classified here, so a new route fails this test until it is.
/// </summary>
public sealed class RouteTableTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Another_organization_reaches_nothing_of_ours_on_any_route()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var ours = fixture.CreateApiClient(owner.ApiKey);
        using var theirs = fixture.CreateApiClient(stranger.ApiKey);
        using var anonymous = fixture.CreateApiClient();
        await using var receiver = await LoopbackServer.StartAsync();
        var word = "Okapi" + Random.Shared.Next(1000, 9999);
        var jobId = await ApiCalls.ProcessJobAsync(ours, TextPdf.Of($"Hello {word}"), "ours.pdf");
        var document = (await ApiCalls.FinishedJobAsync(ours, jobId)).GetProperty("documents")[0].GetProperty("document_id").GetGuid();
        // Not document.ready: its delivery would delete our original, which the last check reads.
        var (subscription, _) = await SubscribeAsync(ours, receiver.Url);
        var (theirSubscription, theirSecret) = await SubscribeAsync(theirs, receiver.Url);
        var webhooks = $"/api/webhooks/notifications/{subscription}";
        var template = await ApiCalls.CreateTemplateAsync(ours, new { name = "Ours", fields = new[] { new { name = "total", type = "amount", anchor = "Total" } } });

        async Task NotFound(HttpMethod method, string path, object? body = null) =>
            Assert.True(HttpStatusCode.NotFound == (await SendAsync(theirs, method, path, body)).StatusCode, $"{method} {path}");
        async Task Refused(HttpClient client, HttpMethod method, string path, object? body = null) =>
            Assert.True((await SendAsync(client, method, path, body)).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{method} {path}");
        async Task NotListed(string path) => Assert.DoesNotContain(document.ToString(), await theirs.GetStringAsync(path, Ct));

        var routes = new Dictionary<string, Func<Task>>
        {
            ["GET /api/documents/{id}"] = () => NotFound(HttpMethod.Get, $"/api/documents/{document}"),
            ["DELETE /api/documents/{id}"] = () => NotFound(HttpMethod.Delete, $"/api/documents/{document}"),
            ["POST /api/documents/{id}/approve"] = () => NotFound(HttpMethod.Post, $"/api/documents/{document}/approve"),
            ["POST /api/documents/{id}/reject"] = () => NotFound(HttpMethod.Post, $"/api/documents/{document}/reject", new { reason = "not ours" }),
            ["GET /api/documents/{id}/file"] = () => NotFound(HttpMethod.Get, $"/api/documents/{document}/file"),
            ["GET /api/documents"] = async () => { await NotListed("/api/documents"); await NotListed($"/api/documents?q={word}"); },
            ["GET /job-status"] = () => NotFound(HttpMethod.Get, $"/job-status?job_id={jobId}"),
            ["POST /v1/job-results"] = () => NotFound(HttpMethod.Post, "/v1/job-results", new { job_id = jobId, result_format = "csv" }),
            ["GET /api/usage"] = async () => Assert.Equal(0, (await theirs.GetFromJsonAsync<JsonElement>("/api/usage", Ct)).GetProperty("pagesUsed").GetInt32()),
            ["GET /api/templates/{id}"] = () => NotFound(HttpMethod.Get, $"/api/templates/{template}"),
            ["PUT /api/templates/{id}"] = () => NotFound(HttpMethod.Put, $"/api/templates/{template}", new { name = "Theirs", fields = new[] { new { name = "x", type = "text", anchor = "X" } } }),
            ["DELETE /api/templates/{id}"] = () => NotFound(HttpMethod.Delete, $"/api/templates/{template}"),
            ["GET /api/templates"] = async () => Assert.DoesNotContain(template, await theirs.GetStringAsync("/api/templates", Ct)),
            // Creates in the caller's own organization.
            ["POST /api/templates"] = () => Task.CompletedTask,
            ["GET /api/organization"] = async () => Assert.Equal(stranger.Id, (await theirs.GetFromJsonAsync<JsonElement>("/api/organization", Ct)).GetProperty("id").GetGuid()),
            // Installation-wide: the plugins' types, no organization's data.
            ["GET /api/document-types"] = () => Task.CompletedTask,
            // Uploads create in the caller's own organization; there is nothing of ours to name.
            ["POST /api/documents"] = () => Task.CompletedTask,
            ["POST /process-job"] = () => Task.CompletedTask,
            ["GET /api/webhooks/{path}"] = async () => { await NotFound(HttpMethod.Get, webhooks); await NotFound(HttpMethod.Get, $"{webhooks}/deliveries"); await NotListed("/api/webhooks/notifications"); },
            ["POST /api/webhooks/{path}"] = async () => { await NotFound(HttpMethod.Post, $"{webhooks}/test"); await NotFound(HttpMethod.Post, $"{webhooks}/rotate-secret"); },
            ["PATCH /api/webhooks/{path}"] = () => NotFound(HttpMethod.Patch, webhooks, new { description = "theirs now" }),
            ["PUT /api/webhooks/{path}"] = async () => Assert.False((await SendAsync(theirs, HttpMethod.Put, webhooks, new { description = "theirs now" })).IsSuccessStatusCode),
            ["DELETE /api/webhooks/{path}"] = () => NotFound(HttpMethod.Delete, webhooks),
            // Their own subscription's secret does not reach our document; it does not open ours.
            ["GET /api/webhook/{webhookId}/document/get"] = async () =>
            {
                Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(anonymous, HttpMethod.Get, $"/api/webhook/{theirSubscription}/document/get?docId={document}", null, theirSecret)).StatusCode);
                Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(anonymous, HttpMethod.Get, $"/api/webhook/{subscription}/document/get?docId={document}", null, theirSecret)).StatusCode);
            },
            ["POST /admin/organizations"] = () => Refused(theirs, HttpMethod.Post, "/admin/organizations", new { name = "mine" }),
            ["GET /admin/organizations"] = () => Refused(theirs, HttpMethod.Get, "/admin/organizations"),
            ["GET /admin/organizations/{id}"] = () => Refused(theirs, HttpMethod.Get, $"/admin/organizations/{owner.Id}"),
            ["PATCH /admin/organizations/{id}"] = () => Refused(theirs, HttpMethod.Patch, $"/admin/organizations/{owner.Id}", new { monthlyPageQuota = 0 }),
            ["POST /admin/organizations/{id}/api-keys"] = () => Refused(theirs, HttpMethod.Post, $"/admin/organizations/{owner.Id}/api-keys", new { name = "x" }),
            ["GET /admin/organizations/{id}/api-keys"] = () => Refused(theirs, HttpMethod.Get, $"/admin/organizations/{owner.Id}/api-keys"),
            ["DELETE /admin/organizations/{id}/api-keys/{keyId}"] = () => Refused(theirs, HttpMethod.Delete, $"/admin/organizations/{owner.Id}/api-keys/{owner.KeyId}"),
        };

        var openApi = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var published = openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}")).Order().ToList();
        Assert.Equal(published, routes.Keys.Order().ToList());
        foreach (var (_, attempt) in routes)
        {
            await attempt();
        }

        var ourDocument = await ours.GetFromJsonAsync<JsonElement>($"/api/documents/{document}", Ct);
        Assert.Equal("PENDING", ourDocument.GetProperty("approval").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ours.GetAsync($"/api/documents/{document}/file", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ours.GetAsync(webhooks, Ct)).StatusCode);
        Assert.Equal("Ours", (await ours.GetFromJsonAsync<JsonElement>($"/api/templates/{template}", Ct)).GetProperty("name").GetString());
        Assert.Empty(receiver.Requests);
    }

    private static async Task<(Guid Id, string Secret)> SubscribeAsync(HttpClient client, Uri url)
    {
        var created = await client.PostAsJsonAsync("/api/webhooks/notifications", new { url, events = new[] { "document.approved" } }, Ct);
        created.EnsureSuccessStatusCode();
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (body.GetProperty("subscription").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request, Ct);
    }
}
