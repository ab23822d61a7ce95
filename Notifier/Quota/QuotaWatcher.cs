using Dapper;
using Intake.Core.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Intake.Notifier.Quota;

/// <summary>Section <c>Quota</c>: how often usage is compared with quotas.</summary>
public sealed class QuotaOptions
{
    public const string Section = "Quota";

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Turns the page usage the Processor counts into <c>quota.warning</c> (80 %) and
/// <c>quota.exceeded</c> (100 %) events, each once per organization and UTC month: the notice
/// row and its outbox event are inserted by one statement, so replicas cannot send one twice.
/// </summary>
public sealed class QuotaWatcher(
    NpgsqlDataSource dataSource, WakeUps wakeUps, TimeProvider clock, IOptions<QuotaOptions> options, ILogger<QuotaWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                if (await CheckAsync(stoppingToken) > 0)
                {
                    wakeUps.Publish(WakeUps.Events, "quota");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Checking page quotas failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many quota events were written.</returns>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            with usage as (
                select u.organization_id, u.month, u.pages, o.monthly_page_quota as quota
                from intake.page_usage u join intake.organizations o on o.id = u.organization_id
                where u.month = date_trunc('month', @now at time zone 'UTC')::date and o.monthly_page_quota > 0),
            crossed as (
                select organization_id, month, 'quota.warning' as event from usage where pages * 100 >= quota * 80
                union all
                select organization_id, month, 'quota.exceeded' from usage where pages >= quota),
            noticed as (
                insert into notifier.quota_notices (organization_id, month, event)
                select organization_id, month, event from crossed
                on conflict do nothing
                returning organization_id, month, event)
            insert into intake.outbox_events (id, organization_id, event, payload, created_at)
            select gen_random_uuid(), n.organization_id, n.event,
                jsonb_build_object('month', to_char(n.month, 'YYYY-MM'), 'pagesUsed', u.pages, 'quota', u.quota,
                    'percent', round(u.pages * 100.0 / u.quota, 1)),
                @now
            from noticed n join usage u on u.organization_id = n.organization_id and u.month = n.month
            order by n.event desc
            """, new { now = clock.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
