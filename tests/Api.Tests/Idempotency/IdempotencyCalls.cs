using Npgsql;

namespace Intake.Api.Tests.Idempotency;

/// <summary>Uploads with an <c>Idempotency-Key</c>, and what an organization has in Postgres.</summary>
internal static class IdempotencyCalls
{
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
}
