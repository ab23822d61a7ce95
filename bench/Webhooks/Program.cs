using Intake.Bench.Ingestion;
using Intake.Core.Messaging;
using StackExchange.Redis;

namespace Intake.Bench.Webhooks;

// A named class, not top-level statements: those would make a second global Program beside the AppHost's.
public static class WebhooksBenchmark
{
    public static async Task Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        await using var intake = await IntakeSession.StartAsync(options.AppHostArgs);
        // Nothing here needs documents processed; an idle Processor would only add noise.
        await intake.StopProcessorAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(intake.App.GetConnectionString("redis"));
        await using var receiver = await WebhookReceiver.StartAsync();
        var subscriptionId = await Subscription.CreateAsync(intake.Api, receiver.WebhookUrl, OutboxEvents.EventName);
        var outbox = new OutboxEvents(intake, new WakeUps(redis));
        await WarmUpAsync(outbox, receiver);

        var sustained = await new SustainedLoad(intake, outbox, receiver, subscriptionId).MeasureAsync(options.Events, options.EventsPerTransaction);
        var steady = new List<SteadyResult>();
        foreach (var rate in options.Rates)
        {
            steady.Add(await new SteadyRate(intake, outbox, receiver).MeasureAsync(rate, options.Seconds));
        }

        var bare = await new BareHttp(intake, receiver).MeasureAsync(options.BareConcurrency, options.BareSeconds);

        var results = WebhooksResults.Create(sustained, steady, bare);
        await results.WriteAsync(Path.Combine(Intake.AppHost.Hosting.RepositoryRoot.Find(), "bench", "results", "webhooks.json"));
        results.PrintSummary(Console.Out);
    }

    /// <summary>Untimed events first, so the timed ones do not pay for JIT, cold pools and the first connection to the receiver.</summary>
    private static async Task WarmUpAsync(OutboxEvents outbox, WebhookReceiver receiver)
    {
        Console.WriteLine("warming up");
        var commits = new List<CommittedEvents>();
        for (var i = 0; i < 5; i++)
        {
            commits.Add(await outbox.CommitAsync(100));
        }

        if (!await new Arrivals(receiver, commits).WaitForAllAsync(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException("The warm-up's webhooks did not all arrive within 60 s: is the Notifier delivering at all?");
        }
    }
}
