using Npgsql;

namespace Intake.Bench.Ingestion;

/// <summary>
/// Watches documents through Postgres, the source of truth, rather than the Api, so that
/// polling thousands of statuses costs the measured services nothing.
/// </summary>
public sealed class ProcessingProgress(NpgsqlDataSource database, Guid organizationId)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until every document is INDEXED or FAILED, the two ends of the pipeline.</summary>
    public async Task WaitUntilFinishedAsync(IReadOnlyList<Guid> documents, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        long finished;
        while ((finished = await CountFinishedAsync(documents)) < documents.Count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {finished} of {documents.Count} documents finished within {timeout.TotalSeconds:0}s.");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>
    /// When the first document started (its last update less its own processing time, which the
    /// Processor records from the moment it takes the document) and when the last one finished.
    /// </summary>
    /// <remarks>The mean processing time is the Processor's own clock per document, tool runs included.</remarks>
    public async Task<(DateTime FirstStarted, DateTime LastFinished, TimeSpan MeanDocument)> ReadWindowAsync(IReadOnlyList<Guid> documents)
    {
        await using var command = database.CreateCommand("""
            select min(updated_at - make_interval(secs => coalesce(processing_time_ms, 0) / 1000.0)), max(updated_at),
                   coalesce(avg(processing_time_ms), 0)::float8
            from intake.documents where organization_id = $1 and id = any($2)
            """);
        command.Parameters.Add(new() { Value = organizationId });
        command.Parameters.Add(new() { Value = documents.ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDateTime(0), reader.GetDateTime(1), TimeSpan.FromMilliseconds(reader.GetDouble(2)));
    }

    /// <summary>When the document finishing at position <paramref name="rank"/> (0 = first) finished.</summary>
    public async Task<DateTime> ReadFinishedAtAsync(IReadOnlyList<Guid> documents, int rank)
    {
        await using var command = database.CreateCommand("""
            select updated_at from intake.documents where organization_id = $1 and id = any($2)
            order by updated_at offset $3 limit 1
            """);
        command.Parameters.Add(new() { Value = organizationId });
        command.Parameters.Add(new() { Value = documents.ToArray() });
        command.Parameters.Add(new() { Value = rank });
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Failed documents by their first error's code.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReadFailuresAsync(IReadOnlyList<Guid> documents)
    {
        await using var command = database.CreateCommand("""
            select coalesce(extraction_errors -> 0 ->> 'code', 'unknown'), count(*)::int
            from intake.documents where organization_id = $1 and id = any($2) and extraction_status = 'FAILED'
            group by 1
            """);
        command.Parameters.Add(new() { Value = organizationId });
        command.Parameters.Add(new() { Value = documents.ToArray() });
        var failures = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            failures[reader.GetString(0)] = reader.GetInt32(1);
        }

        return failures;
    }

    private async Task<long> CountFinishedAsync(IReadOnlyList<Guid> documents)
    {
        await using var command = database.CreateCommand("""
            select count(*) from intake.documents
            where organization_id = $1 and id = any($2) and extraction_status in ('INDEXED', 'FAILED')
            """);
        command.Parameters.Add(new() { Value = organizationId });
        command.Parameters.Add(new() { Value = documents.ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
