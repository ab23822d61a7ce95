namespace Intake.Api.RateLimits;

/// <summary>Section <c>RateLimits</c>: a token bucket per API key, shared by every Api replica through Redis.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sustained requests per second per API key: the bucket's refill rate.</summary>
    public double RequestsPerSecond { get; set; } = 20;

    /// <summary>Most requests per API key at once: the bucket's size, full for a key not seen lately.</summary>
    public int Burst { get; set; } = 40;

    /// <summary>How long a request waits for Redis before the replica's own bucket decides instead.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
