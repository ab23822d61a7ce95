using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests.Documents;

/// <summary>Approve and reject: once, only for processed documents, each decision with its event in the outbox.</summary>
public sealed class DocumentApprovalTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> IndexedDocumentAsync(HttpClient client, byte[]? content = null)
    {
        var (jobId, ids) = await ApiCalls.UploadAsync(client, content ?? TextPdf.Of("Hello Ada"), "ada.pdf");
        await ApiCalls.FinishedJobAsync(client, jobId);
        return ids[0];
    }

    private static async Task<string?> ProblemTypeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString();

    [Fact(Timeout = 120_000)]
    public async Task Approving_a_processed_document_records_the_decision_and_its_event_and_it_cannot_be_decided_again()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var id = await IndexedDocumentAsync(client);

        var approved = await client.PostAsync($"/api/documents/{id}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var approval = (await approved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("approval");
        Assert.Equal("APPROVED", approval.GetProperty("status").GetString());
        Assert.True(approval.GetProperty("decidedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        var document = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}", Ct);
        Assert.Equal("APPROVED", document.GetProperty("approval").GetProperty("status").GetString());
        var events = await ApiCalls.OutboxAsync(fixture, organization.Id);
        var (name, payload) = events[^1];
        Assert.Equal("document.approved", name);
        Assert.Equal(id, payload.GetProperty("documentId").GetGuid());
        Assert.Equal("APPROVED", payload.GetProperty("approval").GetProperty("status").GetString());

        var again = await client.PostAsync($"/api/documents/{id}/approve", null, Ct);
        var reject = await client.PostAsJsonAsync($"/api/documents/{id}/reject", new { reason = "changed my mind" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("/problems/approval-already-decided", await ProblemTypeAsync(again));
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.Equal("/problems/approval-already-decided", await ProblemTypeAsync(reject));
        Assert.Equal(events.Count, (await ApiCalls.OutboxAsync(fixture, organization.Id)).Count);
    }

    [Fact(Timeout = 120_000)]
    public async Task Rejecting_needs_a_reason_which_is_kept_and_sent_with_the_event_and_a_rejected_document_cannot_be_approved()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var id = await IndexedDocumentAsync(client);

        var withoutReason = await client.PostAsJsonAsync($"/api/documents/{id}/reject", new { reason = "  " }, Ct);
        var withoutBody = await client.PostAsync($"/api/documents/{id}/reject", null, Ct);
        var rejected = await client.PostAsJsonAsync($"/api/documents/{id}/reject", new { reason = "Duplicate of INV-7" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal("/problems/missing-reason", await ProblemTypeAsync(withoutReason));
        Assert.Equal(HttpStatusCode.BadRequest, withoutBody.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var approval = (await rejected.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("approval");
        Assert.Equal("REJECTED", approval.GetProperty("status").GetString());
        Assert.Equal("Duplicate of INV-7", approval.GetProperty("reason").GetString());
        var (name, payload) = (await ApiCalls.OutboxAsync(fixture, organization.Id))[^1];
        Assert.Equal("document.rejected", name);
        Assert.Equal("Duplicate of INV-7", payload.GetProperty("approval").GetProperty("reason").GetString());

        var approve = await client.PostAsync($"/api/documents/{id}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal("REJECTED", (await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}", Ct)).GetProperty("approval").GetProperty("status").GetString());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_document_that_failed_cannot_be_approved_or_rejected()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var id = await IndexedDocumentAsync(client, "%PDF-1.7\nthis is not really a PDF at all\n"u8.ToArray());

        var approve = await client.PostAsync($"/api/documents/{id}/approve", null, Ct);
        var reject = await client.PostAsJsonAsync($"/api/documents/{id}/reject", new { reason = "unreadable" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        var problem = await approve.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/document-not-decidable", problem.GetProperty("type").GetString());
        Assert.Contains("FAILED", problem.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reject.StatusCode);
        Assert.DoesNotContain(await ApiCalls.OutboxAsync(fixture, organization.Id), e => e.Event is "document.approved" or "document.rejected");
    }

    [Fact(Timeout = 120_000)]
    public async Task Another_organization_can_neither_approve_nor_reject()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(owner.ApiKey);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        var id = await IndexedDocumentAsync(client);

        var approve = await strangerClient.PostAsync($"/api/documents/{id}/approve", null, Ct);
        var reject = await strangerClient.PostAsJsonAsync($"/api/documents/{id}/reject", new { reason = "not mine" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reject.StatusCode);
        Assert.Equal("PENDING", (await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}", Ct)).GetProperty("approval").GetProperty("status").GetString());
    }
}
