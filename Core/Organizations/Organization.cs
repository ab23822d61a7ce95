namespace Intake.Core.Organizations;

/// <summary>A tenant: every document, job, subscription and counter belongs to exactly one.</summary>
public sealed record Organization(
    Guid Id,
    string Name,
    int MonthlyPageQuota,
    int ResultRetentionDays,
    int OriginalRetentionDays,
    bool DeleteFilesAfterDelivery,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>An API key as listed: never the key itself, which is shown only when issued.</summary>
public sealed record ApiKeyInfo(string Id, Guid OrganizationId, string Name, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>The settings an administrator may change; null leaves a setting as it is (or at its default).</summary>
public sealed record OrganizationSettings(
    string? Name = null,
    int? MonthlyPageQuota = null,
    int? ResultRetentionDays = null,
    bool? DeleteFilesAfterDelivery = null,
    int? OriginalRetentionDays = null)
{
    /// <summary>A new organization's settings: 1000 pages a month, results kept 30 days, originals deleted once delivered and after 7 days at most (DESIGN.md, Retention).</summary>
    public static OrganizationSettings Defaults { get; } = new(null, 1000, 30, true, 7);

    /// <summary>These settings, with every unset one taken from <see cref="Defaults"/>.</summary>
    public OrganizationSettings WithDefaults() => new(
        Name,
        MonthlyPageQuota ?? Defaults.MonthlyPageQuota,
        ResultRetentionDays ?? Defaults.ResultRetentionDays,
        DeleteFilesAfterDelivery ?? Defaults.DeleteFilesAfterDelivery,
        OriginalRetentionDays ?? Defaults.OriginalRetentionDays);
}
