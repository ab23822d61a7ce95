using Intake.Notifier.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Notifier.Tests.Delivery;

/// <summary>One endpoint that hangs holds its own few slots; every other endpoint keeps getting its deliveries.</summary>
public sealed class EndpointIsolationTests(NotifierAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task A_healthy_endpoint_gets_all_its_deliveries_while_a_hanging_one_still_holds_its_requests_open()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?>
        {
            ["Delivery:AttemptTimeout"] = "00:05:00",
            ["Delivery:MaxInFlightPerEndpoint"] = "4",
        }, Ct);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var open = 0;
        await using var hanging = await LoopbackServer.StartAsync();
        hanging.Respond = async (context, _) =>
        {
            Interlocked.Increment(ref open);
            try
            {
                await release.Task.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref open);
            }
        };
        await using var healthy = await LoopbackServer.StartAsync();
        await harness.SubscribeAsync(hanging.Url, "document.ready");
        await harness.SubscribeAsync(healthy.Url, "document.ready");
        for (var i = 0; i < 30; i++)
        {
            await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        }

        var worker = ActivatorUtilities.CreateInstance<DeliveryWorker>(harness.Services);
        await worker.StartAsync(Ct);
        try
        {
            await Eventually.Until(() => Task.FromResult(healthy.Requests.Count), count => count == 30, Ct);

            Assert.True(Volatile.Read(ref open) > 0, "the hanging endpoint's requests should still be open");
            Assert.Equal(4, hanging.Requests.Count); // its cap; the rest wait, unattempted
        }
        finally
        {
            release.TrySetResult();
            await worker.StopAsync(CancellationToken.None);
        }
    }
}
