using Intake.Core.Organizations;

namespace Intake.Api.Admin;

public sealed record CreateOrganizationRequest(
    string Name, int? MonthlyPageQuota = null, int? ResultRetentionDays = null, bool? DeleteFilesAfterDelivery = null, int? OriginalRetentionDays = null)
{
    public OrganizationSettings Settings => new(Name, MonthlyPageQuota, ResultRetentionDays, DeleteFilesAfterDelivery, OriginalRetentionDays);
}

public sealed record IssueApiKeyRequest(string? Name = null);

/// <summary>A new key: <see cref="Key"/> is shown in this response only.</summary>
public sealed record IssuedApiKey(string Id, Guid OrganizationId, string Name, string Key, DateTime CreatedAt);

internal static class OrganizationSettingsValidation
{
    public static Dictionary<string, string[]> Errors(OrganizationSettings settings, bool nameRequired)
    {
        var errors = new Dictionary<string, string[]>();
        if ((nameRequired || settings.Name is not null) && string.IsNullOrWhiteSpace(settings.Name) || settings.Name?.Length > 200)
        {
            errors["name"] = ["A name of 1 to 200 characters is required."];
        }

        if (settings.MonthlyPageQuota is < 0)
        {
            errors["monthlyPageQuota"] = ["The monthly page quota cannot be negative."];
        }

        if (settings.ResultRetentionDays is < 1 or > 3650)
        {
            errors["resultRetentionDays"] = ["Results are kept between 1 and 3650 days."];
        }

        if (settings.OriginalRetentionDays is < 1 or > 7)
        {
            errors["originalRetentionDays"] = ["Originals are kept between 1 and 7 days: 7 days at most in any case."];
        }

        return errors;
    }
}
