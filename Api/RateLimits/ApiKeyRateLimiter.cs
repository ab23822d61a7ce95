using StackExchange.Redis;

namespace Intake.Api.RateLimits;

/// <summary>
/// Decides per API key: the shared Redis bucket while Redis answers, this replica's own bucket
/// while it does not. A request is never failed because Redis is down.
/// </summary>
public sealed class ApiKeyRateLimiter(RedisTokenBucket shared, LocalTokenBucket local, ILogger<ApiKeyRateLimiter> logger)
{
    private int _usingLocal;

    public async Task<RateDecision> TakeAsync(string keyId, CancellationToken cancellationToken)
    {
        if (shared.IsConnected)
        {
            try
            {
                var decision = await shared.TakeAsync(keyId, cancellationToken);
                if (Interlocked.Exchange(ref _usingLocal, 0) == 1)
                {
                    logger.LogInformation("Rate limits are counted in Redis again");
                }

                return decision;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                FallBack(ex);
                return local.Take(keyId);
            }
        }

        FallBack(null);
        return local.Take(keyId);
    }

    /// <summary>Logs the switch once, not once per request.</summary>
    private void FallBack(Exception? cause)
    {
        if (Interlocked.Exchange(ref _usingLocal, 1) == 0)
        {
            logger.LogWarning(cause, "Redis is unreachable; rate limits are counted by this replica alone until it is back");
        }
    }
}
