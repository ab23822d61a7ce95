using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Intake.Api.Tests.Documents;

/// <summary><c>POST /v1/job-results</c>: the job-results body in JSON, or one CSV row per document.</summary>
public sealed class JobResultsTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> JobResultsAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/v1/job-results", body, Ct);

    [Fact(Timeout = 120_000)]
    public async Task A_single_file_job_gives_its_fields_as_json_and_as_one_csv_row()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var jobId = await ApiCalls.ProcessJobAsync(client, TextPdf.Of("Hello Zoë"), "zoe.pdf");
        var documentId = (await ApiCalls.FinishedJobAsync(client, jobId)).GetProperty("documents")[0].GetProperty("document_id").GetGuid();

        var json = await (await JobResultsAsync(client, new { job_id = jobId, result_format = "json" })).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(jobId, json.GetProperty("job_id").GetGuid());
        Assert.Equal("SUCCESS", json.GetProperty("status").GetString());
        Assert.Equal("Zoë", json.GetProperty("result").GetProperty("name").GetString());
        var document = Assert.Single(json.GetProperty("documents").EnumerateArray());
        Assert.Equal(documentId, document.GetProperty("document_id").GetGuid());
        Assert.Equal("GREETING", document.GetProperty("doc_type").GetString());
        Assert.Equal("INDEXED", document.GetProperty("status").GetString());
        Assert.Equal("1.0.0", document.GetProperty("result").GetProperty("readBy").GetString());

        var csv = await JobResultsAsync(client, new { job_id = jobId, result_format = "csv" });

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType?.CharSet);
        Assert.Equal(
            "document_id,file_name,status,doc_type,name,readBy\r\n" +
            $"{documentId},zoe.pdf,INDEXED,GREETING,Zoë,1.0.0\r\n",
            Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_zip_job_gives_one_row_per_document_with_the_union_of_fields_in_first_seen_order_and_rfc4180_quoting()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var archive = ApiCalls.Zip(
            ("plain.pdf", TextPdf.Of("Nothing anyone claims")),
            ("quoted, name.pdf", TextPdf.Of("Hello O\"Brien,")),
            ("ada.pdf", TextPdf.Of("Hello Ada")));
        var (jobId, ids) = await ApiCalls.UploadAsync(client, archive, "batch.zip");
        await ApiCalls.FinishedJobAsync(client, jobId);

        var json = await (await JobResultsAsync(client, new { job_id = jobId, result_format = "json" })).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documents = json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(ids, documents.Select(d => d.GetProperty("document_id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, documents[0].GetProperty("doc_type").ValueKind);
        Assert.Empty(documents[0].GetProperty("result").EnumerateObject());
        Assert.Equal("O\"Brien,", documents[1].GetProperty("result").GetProperty("name").GetString());

        var csv = await (await JobResultsAsync(client, new { job_id = jobId, result_format = "CSV" })).Content.ReadAsStringAsync(Ct);

        Assert.Equal(
            "document_id,file_name,status,doc_type,name,readBy\r\n" +
            $"{ids[0]},plain.pdf,INDEXED,,,\r\n" +
            $"{ids[1]},\"quoted, name.pdf\",INDEXED,GREETING,\"O\"\"Brien,\",1.0.0\r\n" +
            $"{ids[2]},ada.pdf,INDEXED,GREETING,Ada,1.0.0\r\n",
            csv);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_template_job_merges_its_static_values_into_every_result_and_they_win_over_extracted_fields()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        // The template reads a readBy of its own ("Ada"), which the static value of the same name replaces.
        var templateId = await ApiCalls.CreateTemplateAsync(client, new
        {
            name = "Payables",
            fields = new object[] { new { name = "name", type = "text", anchor = "Hello" }, new { name = "readBy", type = "text", pattern = "(?<value>Ada)" } },
        });
        var jobId = await ApiCalls.ProcessJobAsync(client, TextPdf.Of("Hello Ada"), "ada.pdf", templateId,
            new { costCenter = "42", readBy = "the uploader", approved = true });
        var documentId = (await ApiCalls.FinishedJobAsync(client, jobId)).GetProperty("documents")[0].GetProperty("document_id").GetGuid();

        var json = await (await JobResultsAsync(client, new { job_id = jobId })).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(templateId, json.GetProperty("template_id").GetString());
        Assert.Equal("42", json.GetProperty("static_values").GetProperty("costCenter").GetString());
        var result = json.GetProperty("documents")[0].GetProperty("result");
        Assert.Equal("Ada", result.GetProperty("name").GetString());
        Assert.Equal("42", result.GetProperty("costCenter").GetString());
        Assert.Equal("the uploader", result.GetProperty("readBy").GetString());
        Assert.True(json.GetProperty("result").GetProperty("approved").GetBoolean());

        var csv = await (await JobResultsAsync(client, new { job_id = jobId, result_format = "csv" })).Content.ReadAsStringAsync(Ct);

        // Fields and static values are stored as jsonb, which keeps keys shortest first: that is the order they are first seen in.
        Assert.Equal(
            "document_id,file_name,status,doc_type,name,readBy,approved,costCenter\r\n" +
            $"{documentId},ada.pdf,INDEXED,GREETING,Ada,the uploader,true,42\r\n",
            csv);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_unknown_format_is_400_naming_the_formats_and_another_organizations_job_is_404()
    {
        var owner = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var stranger = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(owner.ApiKey);
        using var strangerClient = fixture.CreateApiClient(stranger.ApiKey);
        var jobId = await ApiCalls.ProcessJobAsync(client, TextPdf.Of("Hello Ada"), "ada.pdf");

        var badFormat = await JobResultsAsync(client, new { job_id = jobId, result_format = "xml" });
        var foreign = await JobResultsAsync(strangerClient, new { job_id = jobId, result_format = "json" });
        var unknown = await JobResultsAsync(client, new { job_id = Guid.NewGuid(), result_format = "csv" });
        var withoutJob = await JobResultsAsync(client, new { result_format = "csv" });
        var notJson = await client.PostAsync("/v1/job-results", new StringContent("{job_id:", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        var problem = await badFormat.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/invalid-result-format", problem.GetProperty("type").GetString());
        Assert.Contains("json, csv", problem.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("/problems/job-not-found", (await foreign.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutJob.StatusCode);
        Assert.Equal("/problems/invalid-job-id", (await withoutJob.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("/problems/bad-request", (await notJson.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("type").GetString());
    }
}
