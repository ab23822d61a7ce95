namespace Intake.Api.RateLimits;

/// <summary>Whether a request may go on, and if not, how long until a token is there.</summary>
public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static readonly RateDecision Allow = new(true, TimeSpan.Zero);

    /// <summary><c>Retry-After</c> in whole seconds, rounded up and at least 1, so a client that obeys it finds a token.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
