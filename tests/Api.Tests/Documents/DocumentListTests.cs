using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests.Documents;

/// <summary><c>GET /api/documents</c>: filters, full-text search by relevance, and cursor paging.</summary>
public sealed class DocumentListTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(List<Guid> Ids, string? NextCursor)> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/documents?{query}", Ct);
        var next = page.GetProperty("nextCursor");
        return (page.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("documentId").GetGuid()).ToList(),
            next.ValueKind == JsonValueKind.Null ? null : next.GetString());
    }

    private static async Task<Guid> ProcessedAsync(HttpClient client, byte[] content, string fileName)
    {
        var (jobId, ids) = await ApiCalls.UploadAsync(client, content, fileName);
        await ApiCalls.FinishedJobAsync(client, jobId);
        return ids[0];
    }

    [Fact(Timeout = 120_000)]
    public async Task Search_finds_documents_by_a_word_of_their_text_the_ones_whose_fields_match_first()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var word = "Quokka" + Random.Shared.Next(1000, 9999);
        var inText = await ProcessedAsync(client, TextPdf.Of("Minutes of the meeting", $"The {word} project is late"), "minutes.pdf");
        var inFields = await ProcessedAsync(client, TextPdf.Of($"Hello {word}"), "greeting.pdf");
        await ProcessedAsync(client, TextPdf.Of("Minutes of another meeting", "Nothing to see"), "other.pdf");

        var (found, next) = await ListAsync(client, $"q={word.ToLowerInvariant()}");
        var (byTwoWords, _) = await ListAsync(client, $"q={Uri.EscapeDataString($"{word} late")}");

        Assert.Equal([inFields, inText], found);
        Assert.Null(next);
        Assert.Equal([inText], byTwoWords);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        Assert.Empty((await ListAsync(strangerClient, $"q={word}")).Ids);
        Assert.Empty((await ListAsync(strangerClient, "")).Ids);
    }

    [Fact(Timeout = 120_000)]
    public async Task Search_finds_a_document_by_a_field_value_its_text_does_not_contain()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        // The test plugin's readBy field holds its own version, which is nowhere on the page.
        var greeting = await ProcessedAsync(client, TextPdf.Of("Hello Ada"), "greeting.pdf");
        await ProcessedAsync(client, TextPdf.Of("Minutes of the meeting", "Nothing to see"), "minutes.pdf");

        var (found, _) = await ListAsync(client, "q=1.0.0");

        Assert.Equal([greeting], found);
    }

    [Fact(Timeout = 180_000)]
    public async Task Paging_returns_every_document_exactly_once_while_new_ones_arrive_between_pages()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        // A ZIP's documents share one created_at: the id breaks the tie.
        var (_, zipped) = await ApiCalls.UploadAsync(client,
            ApiCalls.Zip(Enumerable.Range(1, 5).Select(i => ($"{i}.pdf", TextPdf.Of($"Page {i}"))).ToArray()), "five.zip");
        var (_, single) = await ApiCalls.UploadAsync(client, TextPdf.Of("Single one"), "one.pdf");
        var (_, another) = await ApiCalls.UploadAsync(client, TextPdf.Of("Single two"), "two.pdf");
        var existing = zipped.Concat(single).Concat(another).ToHashSet();

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var (ids, next) = await ListAsync(client, "limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.InRange(ids.Count, 1, 2);
            seen.AddRange(ids);
            cursor = next;
            pages++;
            await ApiCalls.UploadAsync(client, TextPdf.Of($"Arrived during page {pages}"), $"late{pages}.pdf");
        }
        while (cursor is not null);

        // Documents that arrived meanwhile are newer than any cursor, so they belong to a fresh listing, not this one.
        Assert.Equal(existing.Order(), seen.Order());
        Assert.Equal(4, pages);
    }

    [Fact(Timeout = 120_000)]
    public async Task Search_results_page_by_relevance_each_match_exactly_once()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var word = "Wombat" + Random.Shared.Next(1000, 9999);
        var (jobId, inText) = await ApiCalls.UploadAsync(client,
            ApiCalls.Zip(Enumerable.Range(1, 3).Select(i => ($"{i}.pdf", TextPdf.Of($"Report {i}", $"about the {word}"))).ToArray()), "three.zip");
        await ApiCalls.FinishedJobAsync(client, jobId);
        var inFields = new[] { await ProcessedAsync(client, TextPdf.Of($"Hello {word}"), "a.pdf"), await ProcessedAsync(client, TextPdf.Of($"Hello {word}"), "b.pdf") };
        await ProcessedAsync(client, TextPdf.Of("Report 4", "about something else"), "other.pdf");

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var (ids, next) = await ListAsync(client, $"q={word}&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            seen.AddRange(ids);
            cursor = next;
        }
        while (cursor is not null);

        Assert.Equal(5, seen.Count);
        Assert.Equal(inFields.Order(), seen.Take(2).Order());
        Assert.Equal(inText.Order(), seen.Skip(2).Order());
        var listCursor = (await ListAsync(client, "limit=1")).NextCursor;
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/documents?q={word}&cursor={listCursor}", Ct)).StatusCode);
    }

    [Fact(Timeout = 120_000)]
    public async Task Filters_narrow_the_list_by_status_type_approval_and_creation_time()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var startedAt = DateTime.UtcNow.AddMinutes(-1).ToString("O");
        var greeting = await ProcessedAsync(client, TextPdf.Of("Hello Ada"), "greeting.pdf");
        var plain = await ProcessedAsync(client, TextPdf.Of("Nothing anyone claims"), "plain.pdf");
        var failed = await ProcessedAsync(client, "%PDF-1.7\nthis is not really a PDF at all\n"u8.ToArray(), "broken.pdf");
        (await client.PostAsync($"/api/documents/{greeting}/approve", null, Ct)).EnsureSuccessStatusCode();

        Assert.Equal([failed], (await ListAsync(client, "status=FAILED")).Ids);
        Assert.Equal([plain, greeting], (await ListAsync(client, "status=indexed")).Ids);
        Assert.Equal([greeting], (await ListAsync(client, "docType=greeting")).Ids);
        Assert.Equal([greeting], (await ListAsync(client, "approval=APPROVED")).Ids);
        Assert.Equal([failed, plain], (await ListAsync(client, "approval=pending")).Ids);
        Assert.Equal([failed, plain, greeting], (await ListAsync(client, $"createdFrom={Uri.EscapeDataString(startedAt)}")).Ids);
        Assert.Empty((await ListAsync(client, $"createdTo={Uri.EscapeDataString(startedAt)}")).Ids);
        Assert.Equal([plain], (await ListAsync(client, "status=INDEXED&approval=PENDING")).Ids);
    }

    [Theory]
    [InlineData("status=DONE", "/problems/invalid-filter", "PENDING, PARTIAL, EXTRACTED, INDEXED, FAILED")]
    [InlineData("approval=maybe", "/problems/invalid-filter", "PENDING, APPROVED, REJECTED")]
    [InlineData("createdFrom=yesterday", "/problems/invalid-filter", "ISO 8601")]
    [InlineData("limit=201", "/problems/invalid-limit", "between 1 and 200")]
    [InlineData("cursor=not-a-cursor", "/problems/invalid-cursor", "nextCursor")]
    public async Task Invalid_parameters_are_refused_with_the_reason(string query, string type, string detail)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await client.GetAsync($"/api/documents?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Contains(detail, problem.GetProperty("error").GetString());
    }
}
