using Intake.Notifier.Quota;
using Intake.Notifier.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Intake.Notifier.Tests.Quota;

/// <summary>quota.warning at 80 %, quota.exceeded at 100 %, each once per organization and UTC month.</summary>
public sealed class QuotaEventTests(NotifierAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Warning_at_80_percent_and_exceeded_at_100_are_each_sent_once_a_month()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: Ct);
        var watcher = ActivatorUtilities.CreateInstance<QuotaWatcher>(harness.Services);

        await SetUsageAsync(harness, 799); // the default quota is 1,000 pages
        Assert.Equal(0, await watcher.CheckAsync(Ct));
        await SetUsageAsync(harness, 800);
        Assert.Equal(1, await watcher.CheckAsync(Ct));
        Assert.Equal(0, await watcher.CheckAsync(Ct));
        await SetUsageAsync(harness, 1000);
        Assert.Equal(1, await watcher.CheckAsync(Ct));
        Assert.Equal(0, await watcher.CheckAsync(Ct));

        harness.Clock.Advance(TimeSpan.FromDays(30)); // December: a new month, new notices
        await SetUsageAsync(harness, 1200);
        Assert.Equal(2, await watcher.CheckAsync(Ct));

        var events = await EventsAsync(harness);
        Assert.Equal(["quota.warning", "quota.exceeded", "quota.warning", "quota.exceeded"], events.Select(e => e.Event));
        Assert.Equal("""{"month": "2026-11", "quota": 1000, "percent": 80.0, "pagesUsed": 800}""", events[0].Payload);
        Assert.Contains("\"month\": \"2026-12\"", events[3].Payload);
    }

    private static async Task SetUsageAsync(DeliveryHarness harness, int pages)
    {
        await using var connection = await harness.Get<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await using var command = new NpgsqlCommand("""
            insert into intake.page_usage (organization_id, month, pages) values ($1, date_trunc('month', $2 at time zone 'UTC')::date, $3)
            on conflict (organization_id, month) do update set pages = excluded.pages
            """, connection);
        command.Parameters.AddWithValue(harness.OrganizationId);
        command.Parameters.AddWithValue(harness.Clock.GetUtcNow());
        command.Parameters.AddWithValue(pages);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<List<(string Event, string Payload)>> EventsAsync(DeliveryHarness harness)
    {
        await using var connection = await harness.Get<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await using var command = new NpgsqlCommand(
            "select event, payload::text from intake.outbox_events where organization_id = $1 order by sequence", connection);
        command.Parameters.AddWithValue(harness.OrganizationId);
        var events = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            events.Add((reader.GetString(0), reader.GetString(1)));
        }

        return events;
    }
}
