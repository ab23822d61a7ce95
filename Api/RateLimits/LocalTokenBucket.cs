using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Intake.Api.RateLimits;

/// <summary>
/// This replica's own bucket per API key, for while Redis is unreachable: the same rate and
/// burst, but counted per replica, so N replicas let through up to N times the limit.
/// </summary>
public sealed class LocalTokenBucket : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LocalTokenBucket(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(keyId => RateLimitPartition.GetTokenBucketLimiter(keyId, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / limits.RequestsPerSecond),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public RateDecision Take(string keyId)
    {
        using var lease = _limiter.AttemptAcquire(keyId);
        if (lease.IsAcquired)
        {
            return RateDecision.Allow;
        }

        return new RateDecision(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1));
    }

    public void Dispose() => _limiter.Dispose();
}
