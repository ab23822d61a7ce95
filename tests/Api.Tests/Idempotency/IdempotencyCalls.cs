using Amazon.S3;
using Intake.Core.Storage;
using Npgsql;

namespace Intake.Api.Tests.Idempotency;

/// <summary>Uploads with an <c>Idempotency-Key</c>, and what an organization has in Postgres.</summary>
internal static class IdempotencyCalls
{
    public const string Collection = "Idempotency";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary><c>POST /api/documents</c> with a fresh multipart body (so a fresh boundary), as a retrying client sends it.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string key, byte[] content, string fileName = "ada.pdf")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, Ct);
    }

    /// <summary>Jobs, <c>document.created</c> events and keys of the organization (events of processing come and go on their own).</summary>
    public static async Task<(long Jobs, long Created, long Keys)> CountsAsync(ApiAppFixture fixture, Guid organizationId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            select (select count(*) from intake.jobs where organization_id = @org),
                   (select count(*) from intake.outbox_events where organization_id = @org and event = 'document.created'),
                   (select count(*) from intake.idempotency_keys where organization_id = @org)
            """, connection);
        command.Parameters.AddWithValue("org", organizationId);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Moves a stored key's creation back, as if it had been made <paramref name="age"/> ago.</summary>
    public static async Task AgeKeyAsync(ApiAppFixture fixture, Guid organizationId, string key, TimeSpan age)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "update intake.idempotency_keys set created_at = now() - @age where organization_id = @org and key = @key", connection);
        command.Parameters.AddWithValue("age", age);
        command.Parameters.AddWithValue("org", organizationId);
        command.Parameters.AddWithValue("key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
    }

    /// <summary>The organization's originals in the object store.</summary>
    public static async Task<int> OriginalsAsync(ApiAppFixture fixture, Guid organizationId)
    {
        var parts = fixture.App.GetConnectionString("objectstore").Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        using var s3 = S3Clients.Create(parts["Endpoint"], parts["AccessKey"], parts["SecretKey"]);
        var listed = await s3.ListObjectsV2Async(new() { BucketName = new ObjectStoreOptions().Bucket, Prefix = $"originals/{organizationId}/" }, Ct);
        return listed.S3Objects?.Count ?? 0;
    }

    /// <summary>
    /// Holds back every insert into the key table until disposed, so concurrent uploads all get
    /// past their look-up and meet at the insert, where the primary key must pick one.
    /// </summary>
    public static async Task<NpgsqlConnection> BlockKeyInsertsAsync(ApiAppFixture fixture)
    {
        var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("begin; lock table intake.idempotency_keys in share row exclusive mode", connection);
        await command.ExecuteNonQueryAsync(Ct);
        return connection;
    }

    /// <summary>Uploads waiting at the key insert (the periodic cleanup's delete may wait there too, and does not count).</summary>
    public static async Task<long> WaitingKeyInsertsAsync(ApiAppFixture fixture)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """
            select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.relation = 'intake.idempotency_keys'::regclass and not l.granted and a.query ilike '%insert into intake.idempotency_keys%'
            """, connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
