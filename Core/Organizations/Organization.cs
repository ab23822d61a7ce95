namespace Intake.Core.Organizations;

/// <summary>A tenant: every document, job, subscription and counter belongs to exactly one.</summary>
public sealed record Organization(
    Guid Id,
    string Name,
    int MonthlyPageQuota,
    int ResultRetentionDays,
    bool DeleteFilesAfterDelivery,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>An API key as listed: never the key itself, which is shown only when issued.</summary>
public sealed record ApiKeyInfo(string Id, Guid OrganizationId, string Name, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>The settings an administrator may change; null leaves a setting as it is.</summary>
public sealed record OrganizationSettings(
    string? Name = null,
    int? MonthlyPageQuota = null,
    int? ResultRetentionDays = null,
    bool? DeleteFilesAfterDelivery = null);
