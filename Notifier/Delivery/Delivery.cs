namespace Intake.Notifier.Delivery;

/// <summary>A delivery's <c>status</c>.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <summary>A delivery claimed for an attempt, with what sending it needs from its subscription (secrets still sealed).</summary>
public sealed class ClaimedDelivery
{
    public const string Columns = """
        d.id, d.organization_id, d.subscription_id, d.event_id, d.event, d.body, d.traceparent, d.attempts, d.created_at,
        s.url, s.auth_kind, s.auth_header_name, s.auth_credential, s.headers::text as headers, s.secret, s.previous_secret,
        s.previous_secret_expires_at, s.is_active, s.health
        """;

    public string Id { get; init; } = "";
    public Guid OrganizationId { get; init; }
    public Guid SubscriptionId { get; init; }
    public Guid EventId { get; init; }
    public string Event { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Traceparent { get; init; }
    public int Attempts { get; init; }
    public DateTime CreatedAt { get; init; }
    public string Url { get; init; } = "";
    public string AuthKind { get; init; } = "";
    public string? AuthHeaderName { get; init; }
    public byte[]? AuthCredential { get; init; }
    public string Headers { get; init; } = "{}";
    public byte[] Secret { get; init; } = [];
    public byte[]? PreviousSecret { get; init; }
    public DateTime? PreviousSecretExpiresAt { get; init; }
    public bool IsActive { get; init; }
    public string Health { get; init; } = "";
}

/// <summary>One attempt as the deliveries log shows it.</summary>
public sealed record DeliveryAttempt(
    string DeliveryId, int Attempt, DateTimeOffset AttemptedAt, int? StatusCode, int DurationMs, string? Error, string? ResponseBody)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

/// <summary>A delivery as the deliveries log shows it, with its attempts.</summary>
public sealed record DeliveryResponse(
    string Id, Guid EventId, string Event, string Status, int Attempts, DateTime? NextAttemptAt, DateTime CreatedAt,
    DateTime? CompletedAt, IReadOnlyList<DeliveryAttempt> AttemptLog);
