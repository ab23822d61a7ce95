using Dapper;
using Npgsql;

namespace Intake.Core.Usage;

/// <summary>Pages processed per organization and UTC month, against the organization's monthly quota.</summary>
public sealed class PageUsage(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<UsageSnapshot> CurrentAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var month = new DateOnly(clock.GetUtcNow().Year, clock.GetUtcNow().Month, 1);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (pages, quota) = await connection.QuerySingleAsync<(int Pages, int Quota)>(new CommandDefinition("""
            select coalesce((select pages from intake.page_usage where organization_id = o.id and month = @month), 0), o.monthly_page_quota
            from intake.organizations o where o.id = @organizationId
            """, new { organizationId, month = month.ToDateTime(TimeOnly.MinValue) }, cancellationToken: cancellationToken));
        return new UsageSnapshot(month, pages, quota);
    }
}

/// <summary>A month's usage: <c>{month, pagesUsed, quota, percent}</c>.</summary>
public sealed record UsageSnapshot(DateOnly Month, int PagesUsed, int Quota)
{
    public double Percent => Quota == 0 ? 100 : Math.Round(100.0 * PagesUsed / Quota, 1);

    public bool Exhausted => PagesUsed >= Quota;
}
