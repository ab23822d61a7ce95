using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace Intake.Bench.Webhooks;

/// <summary>
/// A sampling profile of Postgres during a phase: every 20 ms, which statements are running
/// (their first words) and what each waits for. A statement's share of the samples is its
/// share of the time connections spent in Postgres, so the busiest ones say where its CPU went.
/// </summary>
public sealed partial class PostgresActivity : IAsyncDisposable
{
    private const int Listed = 8;
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, int> _statements = [];
    private readonly Dictionary<string, int> _waits = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private int _samples;

    private PostgresActivity(NpgsqlDataSource database) => _sampling = SampleAsync(database);

    public static PostgresActivity Start(NpgsqlDataSource database) => new(database);

    /// <summary>Stops sampling: the busiest statements and waits, as running connections per sample on average.</summary>
    public async Task<PostgresProfile> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return new PostgresProfile(_samples, Top(_statements), Top(_waits));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private IReadOnlyDictionary<string, double> Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).Take(Listed).ToDictionary(c => c.Key, c => Math.Round((double)c.Value / Math.Max(_samples, 1), 2));

    private async Task SampleAsync(NpgsqlDataSource database)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(_stop.Token);
            using var timer = new PeriodicTimer(SampleEvery);
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var running = await connection.QueryAsync<(string Query, string? WaitType, string? Wait)>(new CommandDefinition("""
                    select query, wait_event_type, wait_event from pg_stat_activity
                    where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'
                    """, cancellationToken: _stop.Token));
                _samples++;
                foreach (var (query, waitType, wait) in running)
                {
                    Count(_statements, Words(query));
                    Count(_waits, waitType is null ? "CPU" : $"{waitType}:{wait}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>The statement's first words, whitespace folded: enough to tell the Notifier's statements apart.</summary>
    private static string Words(string query)
    {
        var folded = Whitespace().Replace(query, " ").Trim();
        return folded.Length <= 90 ? folded : folded[..90];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <param name="Statements">Running connections per sample, by statement, busiest first.</param>
/// <param name="Waits">The same by wait event; CPU when waiting on nothing.</param>
public sealed record PostgresProfile(int Samples, IReadOnlyDictionary<string, double> Statements, IReadOnlyDictionary<string, double> Waits);
