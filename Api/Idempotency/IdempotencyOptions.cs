namespace Intake.Api.Idempotency;

/// <summary>Section <c>Idempotency</c>: how long an upload's <c>Idempotency-Key</c> holds.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key replays its first answer; after that the key is free and makes a new job.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Longest key accepted, in characters; the table refuses more than 255.</summary>
    public int MaxKeyLength { get; set; } = 255;

    /// <summary>How often expired keys are deleted. They stop counting at once; this only reclaims the rows.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
