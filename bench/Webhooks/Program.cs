using System.Diagnostics;
using Dapper;
using Intake.Bench.Ingestion;
using Intake.Core.Messaging;
using StackExchange.Redis;

namespace Intake.Bench.Webhooks;

// A named class, not top-level statements: those would make a second global Program beside the AppHost's.
public static class WebhooksBenchmark
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

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
            await DrainAsync(intake);
            steady.Add(await new SteadyRate(intake, outbox, receiver).MeasureAsync(rate, options.Seconds));
        }

        await DrainAsync(intake);
        var bare = await new BareHttp(intake, receiver).MeasureAsync(options.BareConcurrency, options.BareSeconds);

        var results = WebhooksResults.Create(sustained, steady, bare);
        await results.WriteAsync(Path.Combine(Intake.AppHost.Hosting.RepositoryRoot.Find(), "bench", "results", "webhooks.json"));
        results.PrintSummary(Console.Out);
    }

    /// <summary>Waits for the previous phase's backlog: delivered during the next phase, it would spoil that one's figures.</summary>
    private static async Task DrainAsync(IntakeSession intake)
    {
        var waited = Stopwatch.StartNew();
        long left;
        do
        {
            await using var connection = await intake.Database.OpenConnectionAsync();
            left = await connection.ExecuteScalarAsync<long>("""
                select (select count(*) from intake.outbox_events where organization_id = @OrganizationId and dispatched_at is null)
                     + (select count(*) from notifier.deliveries where organization_id = @OrganizationId and status = 'pending')
                """, new { intake.OrganizationId });
            if (left == 0)
            {
                return;
            }

            Console.WriteLine($"waiting for {left} events and deliveries left from the last phase");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        while (waited.Elapsed < DrainTimeout);

        Console.WriteLine($"warning: {left} events and deliveries still pending after {DrainTimeout.TotalMinutes:0} min; the next phase's figures include them");
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
