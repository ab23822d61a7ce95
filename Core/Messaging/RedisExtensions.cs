using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Intake.Core.Messaging;

public static class RedisExtensions
{
    /// <summary>
    /// The Redis connection from <c>ConnectionStrings:{connectionName}</c>. Redis only carries
    /// wake-ups (<see cref="WakeUps"/>, registered here) and rate limits, so the service starts without it, reconnects in the
    /// background, and reports it as degraded (not unhealthy) while it is down.
    /// </summary>
    public static IHostApplicationBuilder AddRedisClient(this IHostApplicationBuilder builder, string connectionName = "redis")
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set.");
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            services => new RedisHealthCheck(services.GetRequiredService<IConnectionMultiplexer>()),
            failureStatus: HealthStatus.Degraded,
            tags: ["ready"]));
        builder.Services.AddSingleton<WakeUps>();
        builder.Services.AddHealthChecks().AddCheck<WakeUpsHealthCheck>("wake-ups");
        return builder;
    }

    private sealed class WakeUpsHealthCheck(WakeUps wakeUps) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy(
                $"{wakeUps.Received} received", new Dictionary<string, object> { ["received"] = wakeUps.Received }));
    }

    private sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
                return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms");
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Redis is unreachable; wake-ups fall back to polling.", ex);
            }
        }
    }
}
