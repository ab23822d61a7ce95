using Intake.Core.Data;
using Intake.Core.Documents;
using Intake.Core.Messaging;
using Intake.Core.Organizations;
using Intake.Core.Storage;
using Intake.Notifier.Delivery;
using Intake.Notifier.Dispatch;
using Intake.Notifier.Quota;
using Intake.Notifier.Subscriptions;

namespace Intake.Notifier;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddIntakeDatabase();
        builder.AddOwnedSchema("notifier", typeof(Extensions).Assembly);
        builder.AddRedisClient();
        builder.AddObjectStoreClient();
        builder.Services.AddInternalCallerAuthentication();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => Convert.TryFromBase64String(o.SecretKey, new byte[32], out var length) && length == 32,
                "Webhooks:SecretKey must be the base64 of 32 random bytes (the AppHost generates one).")
            .ValidateOnStart();
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .Validate(o => o.AttemptTimeout > TimeSpan.Zero && o.MaxInFlight > 0 && o.MaxInFlightPerEndpoint > 0 && o.Lease > TimeSpan.Zero
                && o.PollInterval > TimeSpan.Zero && o.DispatchBatchSize > 0 && o.CircuitBreakerFailures >= 2 && o.CircuitBreakDuration >= TimeSpan.FromMilliseconds(500),
                "Delivery: positive time limits and counts; at least 2 failures and 0.5 s to open a circuit.")
            .ValidateOnStart();
        builder.Services.AddOptions<QuotaOptions>().BindConfiguration(QuotaOptions.Section);

        builder.Services.AddSingleton<SecretProtector>();
        builder.Services.AddSingleton<WebhookUrlPolicy>();
        builder.Services.AddSingleton<SubscriptionStore>();
        builder.Services.AddSingleton<SubscriptionService>();

        builder.Services.AddSingleton<OriginalFiles>();
        builder.Services.AddSingleton<WebhookHttpClient>();
        builder.Services.AddSingleton<EndpointGate>();
        builder.Services.AddSingleton<DeliveryMetrics>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<DeliveryStore>();
        builder.Services.AddSingleton<AttemptRecorder>();
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<DeliveryRunner>();
        builder.Services.AddSingleton<OriginalsAfterDelivery>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OriginalsAfterDelivery>());
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddHostedService<QuotaWatcher>();
    }
}
