using StackExchange.Redis;

namespace Intake.Core.Messaging;

/// <summary>
/// Redis pub/sub nudges that say "there is work": a hint only. Postgres holds the work, and
/// every worker also polls, so a lost or undeliverable wake-up delays work, never loses it.
/// </summary>
public sealed class WakeUps(IConnectionMultiplexer redis)
{
    public static readonly RedisChannel Jobs = RedisChannel.Literal("intake:wake:jobs");

    /// <summary>New outbox events committed: the Notifier fans them out.</summary>
    public static readonly RedisChannel Events = RedisChannel.Literal("intake:wake:events");

    private long _received;

    /// <summary>Wake-ups this process has received; the health report shows it, so a test can see them resume.</summary>
    public long Received => Interlocked.Read(ref _received);

    public void Publish(RedisChannel channel, string message)
    {
        try
        {
            redis.GetSubscriber().Publish(channel, message, CommandFlags.FireAndForget);
        }
        catch (RedisException)
        {
            // Redis is down: the pollers will find the work.
        }
    }

    /// <summary>Calls <paramref name="onWakeUp"/> for each message; subscribing waits for Redis if it is down.</summary>
    public void Subscribe(RedisChannel channel, Action onWakeUp) =>
        redis.GetSubscriber().Subscribe(channel, (_, _) =>
        {
            Interlocked.Increment(ref _received);
            onWakeUp();
        }, CommandFlags.FireAndForget);
}
