using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Intake.Api.RateLimits;

/// <summary>
/// The shared bucket: one Redis hash per API key, read, refilled and debited by one Lua
/// script, so the check is atomic across replicas. The time is Redis's own, so replicas'
/// clocks need not agree.
/// </summary>
public sealed class RedisTokenBucket(IConnectionMultiplexer redis, IOptions<RateLimitOptions> options)
{
    // KEYS[1] the bucket; ARGV rate (tokens/s), burst. Returns {allowed, milliseconds until a token}.
    // The hash expires once it would be full again anyway, so idle keys leave nothing behind.
    private const string Script = """
        local rate = tonumber(ARGV[1])
        local burst = tonumber(ARGV[2])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or burst
        local at = tonumber(state[2]) or now
        tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
        local allowed = 0
        local wait = 0
        if tokens >= 1 then
            tokens = tokens - 1
            allowed = 1
        else
            wait = math.ceil((1 - tokens) * 1000 / rate)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
        redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
        return {allowed, wait}
        """;

    public bool IsConnected => redis.IsConnected;

    /// <exception cref="RedisException">Redis refused or lost the command.</exception>
    /// <exception cref="TimeoutException">Redis did not answer within <see cref="RateLimitOptions.RedisTimeout"/>.</exception>
    public async Task<RateDecision> TakeAsync(string keyId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var result = (RedisResult[])(await redis.GetDatabase()
            .ScriptEvaluateAsync(Script, [(RedisKey)$"intake:rate-limit:{keyId}"],
                [limits.RequestsPerSecond.ToString(CultureInfo.InvariantCulture), limits.Burst])
            .WaitAsync(limits.RedisTimeout, cancellationToken))!;
        return (int)result[0] == 1 ? RateDecision.Allow : new RateDecision(false, TimeSpan.FromMilliseconds((long)result[1]));
    }
}
