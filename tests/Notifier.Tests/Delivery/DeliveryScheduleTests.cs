using System.Net;
using Intake.Notifier.Delivery;
using Intake.Notifier.Subscriptions;

namespace Intake.Notifier.Tests.Delivery;

/// <summary>Retries, failing, disabled and re-enabled, driven by a fake clock against real receivers.</summary>
public sealed class DeliveryScheduleTests(NotifierAppFixture fixture)
{
    private static readonly object Payload = new { documentId = Guid.NewGuid(), jobId = Guid.NewGuid().ToString() };

    [Fact]
    public async Task A_failing_endpoint_gets_one_attempt_and_five_retries_on_the_schedule_then_the_subscription_is_failing()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Status = 500;
        var subscription = await harness.SubscribeAsync(receiver.Url, "document.ready");
        await harness.PublishAsync("document.ready", Payload);

        var waits = new[] { 30, 120, 900, 3600, 14400 };
        Assert.Single(await harness.DeliverDueAsync());
        foreach (var wait in waits)
        {
            harness.Clock.Advance(TimeSpan.FromSeconds(wait * 0.89));
            Assert.Empty(await harness.DeliverDueAsync()); // not before the step, less its jitter
            harness.Clock.Advance(TimeSpan.FromSeconds(wait * 0.22));
            Assert.Single(await harness.DeliverDueAsync());
        }

        harness.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await harness.DeliverDueAsync());

        var requests = receiver.Requests.ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], requests.Select(r => r.Header("X-Webhook-Attempt")));
        Assert.Single(requests.Select(r => r.Header("webhook-id")).Distinct());
        Assert.Single(requests.Select(r => r.Text).Distinct());
        var delivery = Assert.Single(await harness.DeliveriesAsync(subscription.Subscription.Id));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.Equal(6, delivery.AttemptLog.Count);
        var state = await harness.SubscriptionAsync(subscription.Subscription.Id);
        Assert.Equal(SubscriptionHealth.Failing, state.Health);
        Assert.NotNull(state.FailingSince);
    }

    [Fact]
    public async Task A_500_then_a_200_is_delivered_on_the_first_retry_and_the_subscription_stays_healthy()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        var answers = new Queue<int>([500, 200]);
        receiver.Respond = (context, _) =>
        {
            context.Response.StatusCode = answers.Dequeue();
            return Task.CompletedTask;
        };
        var subscription = await harness.SubscribeAsync(receiver.Url, "document.ready");
        await harness.PublishAsync("document.ready", Payload);

        Assert.Equal(500, Assert.Single(await harness.DeliverDueAsync()).StatusCode);
        harness.Clock.Advance(TimeSpan.FromSeconds(34));
        Assert.Equal(200, Assert.Single(await harness.DeliverDueAsync()).StatusCode);

        Assert.Equal(DeliveryStatus.Succeeded, Assert.Single(await harness.DeliveriesAsync(subscription.Subscription.Id)).Status);
        Assert.Equal(SubscriptionHealth.Healthy, (await harness.SubscriptionAsync(subscription.Subscription.Id)).Health);
    }

    [Fact]
    public async Task Failing_for_72_hours_without_a_success_disables_and_isActive_true_enables_again()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?>
        {
            ["Delivery:RetryDelays:0"] = "00:00:10",
        }, TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Status = 503;
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;

        await harness.PublishAsync("document.ready", Payload);
        await harness.DeliverDueAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(12));
        await harness.DeliverDueAsync();
        Assert.Equal(SubscriptionHealth.Failing, (await harness.SubscriptionAsync(id)).Health);

        harness.Clock.Advance(TimeSpan.FromHours(71));
        await harness.PublishAsync("document.ready", Payload);
        await harness.DeliverDueAsync();
        Assert.Equal(SubscriptionHealth.Failing, (await harness.SubscriptionAsync(id)).Health);

        harness.Clock.Advance(TimeSpan.FromHours(1));
        await harness.DeliverDueAsync(); // the retry, 72 h after failing began
        Assert.Equal(SubscriptionHealth.Disabled, (await harness.SubscriptionAsync(id)).Health);

        await harness.PublishAsync("document.ready", Payload); // no delivery for a disabled subscription
        Assert.Equal(2, (await harness.DeliveriesAsync(id)).Count);

        receiver.Status = 200;
        var (enabled, _) = await harness.Get<SubscriptionService>().UpdateAsync(harness.OrganizationId, id, new UpdateSubscriptionRequest(IsActive: true), CancellationToken.None);
        Assert.Equal(SubscriptionHealth.Healthy, enabled!.Health);
        Assert.Null(enabled.FailingSince);
        await harness.PublishAsync("document.ready", Payload);
        Assert.Equal(200, Assert.Single(await harness.DeliverDueAsync()).StatusCode);
    }

    [Fact]
    public async Task A_subscription_failing_for_72_hours_is_disabled_by_housekeeping_even_with_no_new_attempt()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?>
        {
            ["Delivery:RetryDelays:0"] = "3.08:00:00", // 80 h
        }, TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Status = 503;
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        var subscriptions = harness.Get<SubscriptionStore>();
        var disableAfter = TimeSpan.FromHours(72);
        await harness.PublishAsync("document.ready", Payload);
        await harness.DeliverDueAsync();
        harness.Clock.Advance(TimeSpan.FromHours(90)); // past 80 h and its 10 % jitter
        await harness.DeliverDueAsync(); // the last retry: failing from now on
        await harness.PublishAsync("document.ready", Payload);
        await harness.DeliverDueAsync(); // its first attempt; the retry is 80 h away

        harness.Clock.Advance(TimeSpan.FromHours(71));
        Assert.Equal(0, await subscriptions.DisableFailingSinceAsync(harness.Clock.GetUtcNow() - disableAfter, CancellationToken.None));
        Assert.Equal(SubscriptionHealth.Failing, (await harness.SubscriptionAsync(id)).Health);

        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await subscriptions.DisableFailingSinceAsync(harness.Clock.GetUtcNow() - disableAfter, CancellationToken.None));

        Assert.Equal(SubscriptionHealth.Disabled, (await harness.SubscriptionAsync(id)).Health);
        var deliveries = await harness.DeliveriesAsync(id);
        Assert.Equal([DeliveryStatus.Cancelled, DeliveryStatus.Failed], deliveries.Select(d => d.Status).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_410_disables_the_subscription_and_cancels_what_is_pending()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Status = 410;
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready", "document.created")).Subscription.Id;
        await harness.PublishAsync("document.created", new { documentId = Guid.NewGuid() });
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });

        var attempt = (await harness.DeliverDueAsync()).First();

        Assert.Equal(410, attempt.StatusCode);
        Assert.Equal(SubscriptionHealth.Disabled, (await harness.SubscriptionAsync(id)).Health);
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Contains(d.Status, new[] { DeliveryStatus.Failed, DeliveryStatus.Cancelled }));
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task Retry_After_on_429_is_honoured_within_the_schedule()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Respond = (context, _) =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "90";
            return Task.CompletedTask;
        };
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        await harness.PublishAsync("document.ready", Payload);

        await harness.DeliverDueAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Empty(await harness.DeliverDueAsync()); // the schedule alone would have retried at ~30 s
        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Single(await harness.DeliverDueAsync());
        Assert.Equal(2, Assert.Single(await harness.DeliveriesAsync(id)).Attempts);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failed_attempt()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var target = await LoopbackServer.StartAsync();
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Respond = (context, _) =>
        {
            context.Response.StatusCode = 301;
            context.Response.Headers.Location = target.Url.ToString();
            return Task.CompletedTask;
        };
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        await harness.PublishAsync("document.ready", Payload);

        Assert.Equal(301, Assert.Single(await harness.DeliverDueAsync()).StatusCode);

        Assert.Empty(target.Requests);
        Assert.Equal(DeliveryStatus.Pending, Assert.Single(await harness.DeliveriesAsync(id)).Status);
    }

    [Fact]
    public async Task An_endpoint_that_hangs_past_the_time_limit_is_a_failed_attempt_with_the_reason()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?> { ["Delivery:AttemptTimeout"] = "00:00:01" }, TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Respond = (context, _) => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        await harness.SubscribeAsync(receiver.Url, "document.ready");
        await harness.PublishAsync("document.ready", Payload);

        var attempt = Assert.Single(await harness.DeliverDueAsync());

        Assert.Null(attempt.StatusCode);
        Assert.Contains("No answer within 1 s", attempt.Error);
    }

    [Fact]
    public async Task Resend_makes_the_same_delivery_due_with_the_next_attempt_number()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        await harness.PublishAsync("document.ready", Payload);
        await harness.DeliverDueAsync();
        var delivery = Assert.Single(await harness.DeliveriesAsync(id));

        Assert.True(await harness.Get<DeliveryLog>().ResendAsync(harness.OrganizationId, delivery.Id, CancellationToken.None));
        Assert.Single(await harness.DeliverDueAsync());

        var requests = receiver.Requests.ToList();
        Assert.Equal([delivery.Id, delivery.Id], requests.Select(r => r.Header("webhook-id")));
        Assert.Equal(["1", "2"], requests.Select(r => r.Header("X-Webhook-Attempt")));
        Assert.Equal(requests[0].Text, requests[1].Text);
    }

    [Fact]
    public async Task An_endpoint_failing_every_attempt_opens_its_circuit_and_further_deliveries_wait_unattempted()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?> { ["Delivery:CircuitBreakerFailures"] = "3" },
            TestContext.Current.CancellationToken);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Status = 503;
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        for (var i = 0; i < 5; i++)
        {
            await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        }

        Assert.Equal(3, (await harness.DeliverDueAsync()).Count);

        Assert.Equal(3, receiver.Requests.Count);
        var deliveries = await harness.DeliveriesAsync(id);
        Assert.Equal(2, deliveries.Count(d => d.Attempts == 0 && d.NextAttemptAt > harness.Clock.GetUtcNow().UtcDateTime));

        receiver.Status = 200;
        harness.Clock.Advance(TimeSpan.FromSeconds(34)); // the break is over, and the first retries are due
        await harness.DeliverDueAsync();
        Assert.All(await harness.DeliveriesAsync(id), d => Assert.Equal(DeliveryStatus.Succeeded, d.Status));
    }
}
