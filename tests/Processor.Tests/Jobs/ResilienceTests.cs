using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.AppHost.Hosting;
using Intake.AppHost.Testing;
using Npgsql;

namespace Intake.Processor.Tests.Jobs;

/// <summary>
/// Two Processor replicas with a short lease and poll interval, no plugins: a crashed
/// worker's job is taken over within seconds, and polling carries the work while Redis is down.
/// </summary>
public sealed class ResilienceAppFixture : IntakeAppFixture
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("intake-no-plugins-").FullName;

    protected override string[] Args => ["Processor:Replicas=2", $"Plugins:Directory={_plugins}"];

    protected override Task ConfigureAsync(DistributedApplicationTestingBuilder builder)
    {
        builder.CreateResourceBuilder<ProjectResource>("processor")
            .WithEnvironment("Jobs__Lease", "00:00:04")
            .WithEnvironment("Jobs__PollInterval", "00:00:02");
        return Task.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_plugins, recursive: true);
    }
}

public sealed class ResilienceTests(ResilienceAppFixture fixture) : IClassFixture<ResilienceAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 240_000)]
    public async Task A_worker_killed_mid_job_leaves_every_document_INDEXED_once_with_no_duplicate_event()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var receipts = Directory.GetFiles(SharedCorpus.PathOf("receipts"), "*.jpg").Order().Take(12).ToList();
        var jobs = new List<Guid>();
        foreach (var batch in receipts.Chunk(3))
        {
            // Photos: OCR takes seconds each, so a job is still running when its worker dies.
            jobs.Add(await UploadZipAsync(client, batch));
        }

        // A job with a document done and another not yet: its worker is mid-job. Kill it outright.
        var (jobId, worker) = (await Eventually.Until(() => JobMidWayAsync(organization.Id), found => found is not null, Ct))!.Value;
        var processId = int.Parse(worker.Split(':')[^1]);
        Assert.Contains(fixture.App.GetReplicas("processor"), r => r.ProcessId == processId);
        Assert.True(Signals.Send(processId, Signals.SIGKILL));

        foreach (var job in jobs)
        {
            var status = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/job-status?job_id={job}", Ct),
                j => j.GetProperty("status").GetString() is "SUCCESS" or "FAILED", Ct);
            Assert.Equal("SUCCESS", status.GetProperty("status").GetString());
            Assert.All(status.GetProperty("documents").EnumerateArray(), d => Assert.Equal("INDEXED", d.GetProperty("status").GetString()));
        }

        Assert.NotEqual(worker, await ScalarAsync<string>("select claimed_by from intake.jobs where id = @id", ("id", jobId)));
        var events = await EventCountsAsync(organization.Id);
        Assert.All(receipts.Select(Path.GetFileName), receipt => Assert.Equal(
            ["document.created", "document.processed", "document.ready", "document.status_changed"],
            events.Where(e => e.FileName == receipt).Select(e => e.Event).Order()));
        Assert.Equal(jobs.Count, events.Count(e => e.Event == "batch.completed"));
        Assert.Equal(receipts.Count * 4 + jobs.Count, events.Count);
    }

    [Fact(Timeout = 240_000)]
    public async Task With_Redis_stopped_documents_are_still_processed_and_wake_ups_resume_when_it_returns()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);
        var pdf = SharedCorpus.PathOf("invoices/zf028.pdf");

        await fixture.App.StopResourceAsync("redis");
        try
        {
            await Eventually.Until(() => ProcessorHealthAsync(0), h => h.Redis == "Degraded", Ct);
            var whileDown = await UploadZipAsync(client, [pdf]);
            await WaitForSuccessAsync(client, whileDown);
        }
        finally
        {
            await fixture.App.StartResourceAsync("redis", Ct);
        }

        var replicas = fixture.App.GetReplicas("processor").Count;
        var before = 0L;
        for (var replica = 0; replica < replicas; replica++)
        {
            before += (await Eventually.Until(() => ProcessorHealthAsync(replica), h => h.Redis == "Healthy", Ct)).WakeUpsReceived;
        }

        var afterReturn = await UploadZipAsync(client, [pdf]);
        await WaitForSuccessAsync(client, afterReturn);
        await Eventually.Until(async () =>
        {
            var received = 0L;
            for (var replica = 0; replica < replicas; replica++)
            {
                received += (await ProcessorHealthAsync(replica)).WakeUpsReceived;
            }

            return received;
        }, received => received > before, Ct);
    }

    private static async Task<Guid> UploadZipAsync(HttpClient client, IEnumerable<string> files)
    {
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                await zip.CreateEntryFromFileAsync(file, Path.GetFileName(file), CompressionLevel.NoCompression, Ct);
            }
        }

        using var form = new MultipartFormDataContent { { new ByteArrayContent(archive.ToArray()), "file", "batch.zip" } };
        var response = await client.PostAsync("/api/documents", form, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("jobId").GetGuid();
    }

    private static Task WaitForSuccessAsync(HttpClient client, Guid jobId) =>
        Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/job-status?job_id={jobId}", Ct),
            j => j.GetProperty("status").GetString() == "SUCCESS", Ct);

    private async Task<(Guid JobId, string Worker)?> JobMidWayAsync(Guid organizationId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            select j.id, j.claimed_by from intake.jobs j
            where j.organization_id = @org and j.finished_at is null and j.lease_expires_at > now()
              and exists (select 1 from intake.documents d where d.job_id = j.id and d.extraction_status = 'INDEXED')
              and exists (select 1 from intake.documents d where d.job_id = j.id and d.extraction_status = 'PENDING')
            limit 1
            """, connection);
        command.Parameters.AddWithValue("org", organizationId);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        return await reader.ReadAsync(Ct) ? (reader.GetGuid(0), reader.GetString(1)) : null;
    }

    private async Task<List<(string Event, string? FileName)>> EventCountsAsync(Guid organizationId)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "select event, payload -> 'metadata' ->> 'fileName' from intake.outbox_events where organization_id = @org order by sequence", connection);
        command.Parameters.AddWithValue("org", organizationId);
        var events = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            events.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return events;
    }

    private async Task<T> ScalarAsync<T>(string sql, (string Name, object Value) parameter)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        return connection;
    }

    /// <summary>A replica's Redis check and wake-up count; (null, 0) while it is restarting (the kill test's replica comes back).</summary>
    private async Task<(string? Redis, long WakeUpsReceived)> ProcessorHealthAsync(int replica)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.GetEndpoint("processor", replica: replica) };
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync("/health", Ct);
        }
        catch (HttpRequestException)
        {
            return (null, 0);
        }

        using var _ = response;
        var checks = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks");
        return (checks.GetProperty("redis").GetProperty("status").GetString(),
            checks.GetProperty("wake-ups").GetProperty("data").GetProperty("received").GetInt64());
    }
}
