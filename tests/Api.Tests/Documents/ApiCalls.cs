using System.Net;
using Amazon.S3;
using Intake.Core.Storage;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Intake.Api.Tests.Documents;

/// <summary>The uploads, waits and outbox reads the document API tests share.</summary>
internal static class ApiCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary><c>POST /api/documents</c>; returns the job and its documents' ids in upload order.</summary>
    public static async Task<(Guid JobId, Guid[] DocumentIds)> UploadAsync(HttpClient client, byte[] content, string fileName, string? documentType = null)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        if (documentType is not null)
        {
            form.Add(new StringContent(documentType), "documentType");
        }

        var response = await client.PostAsync("/api/documents", form, Ct);
        response.EnsureSuccessStatusCode();
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (accepted.GetProperty("jobId").GetGuid(),
            accepted.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("documentId").GetGuid()).ToArray());
    }

    /// <summary><c>POST /api/templates</c>; returns the new template's id.</summary>
    public static async Task<string> CreateTemplateAsync(HttpClient client, object template)
    {
        var response = await client.PostAsJsonAsync("/api/templates", template, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
    }

    /// <summary><c>POST /process-job</c> in JSON; returns the job id.</summary>
    public static async Task<Guid> ProcessJobAsync(HttpClient client, byte[] content, string fileName, string? templateId = null, object? staticValues = null)
    {
        var response = await client.PostAsJsonAsync("/process-job",
            new { actual_image = Convert.ToBase64String(content), file_name = fileName, template_id = templateId, static_values = staticValues }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("job_id").GetGuid();
    }

    /// <summary>Waits until the job finished (SUCCESS or FAILED); returns its <c>/job-status</c>.</summary>
    public static Task<JsonElement> FinishedJobAsync(HttpClient client, Guid jobId) =>
        Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/job-status?job_id={jobId}", Ct),
            job => job.GetProperty("status").GetString() is "SUCCESS" or "FAILED", Ct);

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The organization's outbox rows in order: event name and payload.</summary>
    public static async Task<List<(string Event, JsonElement Payload)>> OutboxAsync(ApiAppFixture fixture, Guid organizationId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "select event, payload::text from intake.outbox_events where organization_id = @org order by sequence", connection);
        command.Parameters.AddWithValue("org", organizationId);
        var events = new List<(string, JsonElement)>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            events.Add((reader.GetString(0), JsonSerializer.Deserialize<JsonElement>(reader.GetString(1))));
        }

        return events;
    }

    /// <summary>The documents' object-store keys, read from Postgres.</summary>
    public static async Task<Dictionary<Guid, string>> ObjectKeysAsync(ApiAppFixture fixture, Guid[] documentIds)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("select id, object_key from intake.documents where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", documentIds);
        var keys = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            keys[reader.GetGuid(0)] = reader.GetString(1);
        }

        return keys;
    }

    /// <summary>An S3 client on the application's object store.</summary>
    public static AmazonS3Client ObjectStore(ApiAppFixture fixture)
    {
        var parts = fixture.App.GetConnectionString("objectstore").Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return S3Clients.Create(parts["Endpoint"], parts["AccessKey"], parts["SecretKey"]);
    }

    public static async Task<bool> ObjectExistsAsync(ApiAppFixture fixture, string key)
    {
        using var s3 = ObjectStore(fixture);
        try
        {
            await s3.GetObjectMetadataAsync(new ObjectStoreOptions().Bucket, key, Ct);
            return true;
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
