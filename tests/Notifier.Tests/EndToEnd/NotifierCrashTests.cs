using System.Text.Json;
using Intake.AppHost.Hosting;
using Intake.Core.Outbox;
using Npgsql;

namespace Intake.Notifier.Tests.EndToEnd;

// Kills a Notifier replica: never alongside the end-to-end tests, whose deliveries and pings that replica may be serving.
[Collection(NotifierReplicas.Collection)]
public sealed class NotifierCrashTests(NotifierAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 180_000)]
    public async Task A_Notifier_replica_killed_mid_dispatch_loses_nothing_and_duplicates_keep_their_webhook_id()
    {
        const int count = 300;
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var api = fixture.CreateApiClient(organization.ApiKey);
        await using var first = await LoopbackServer.StartAsync();
        await using var second = await LoopbackServer.StartAsync();
        foreach (var receiver in new[] { first, second })
        {
            receiver.Respond = (_, _) => Task.Delay(200, Ct); // slow enough that the kill lands mid-way
            (await api.PostAsync("/api/webhooks/notifications", JsonContent(new { url = receiver.Url, events = new[] { "document.ready" } }), Ct))
                .EnsureSuccessStatusCode();
        }

        var events = new List<Guid>();
        await using (var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres")))
        {
            await connection.OpenAsync(Ct);
            for (var batch = 0; batch < count / 50; batch++)
            {
                await using var transaction = await connection.BeginTransactionAsync(Ct);
                for (var i = 0; i < 50; i++)
                {
                    await OutboxWriter.AppendAsync(connection, transaction, organization.Id, "document.ready", new { documentId = Guid.NewGuid() }, DateTimeOffset.UtcNow, Ct);
                }

                await transaction.CommitAsync(Ct);
            }

            await using var ids = new NpgsqlCommand("select id from intake.outbox_events where organization_id = $1", connection);
            ids.Parameters.AddWithValue(organization.Id);
            await using var reader = await ids.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                events.Add(reader.GetGuid(0));
            }
        }

        // Mid-dispatch: some deliveries made, most not. Kill a replica outright.
        var madeBeforeKill = await Eventually.Until(() => Task.FromResult(first.Requests.Count + second.Requests.Count), made => made > 0, Ct);
        var victim = fixture.App.GetReplicas("notifier").First(r => r.ProcessId is not null);
        Assert.True(Signals.Send(victim.ProcessId!.Value, Signals.SIGKILL));
        Assert.True(madeBeforeKill < 2 * count, "the kill should land before every delivery was made");

        foreach (var receiver in new[] { first, second })
        {
            await Eventually.Until(() => Task.FromResult(EventIds(receiver).Distinct().Count()), received => received == count, Ct, timeoutSeconds: 150);
            Assert.Equal(events.Order(), EventIds(receiver).Distinct().Order());
            // A delivery attempted twice (once by the dead replica) is the same delivery: one webhook-id per event.
            Assert.All(receiver.Requests.GroupBy(EventId), sameEvent => Assert.Single(sameEvent.Select(r => r.Header("webhook-id")).Distinct()));
        }

        // One delivery per event and subscription: the two subscribers never share a webhook-id.
        Assert.Empty(first.Requests.Select(r => r.Header("webhook-id")).Intersect(second.Requests.Select(r => r.Header("webhook-id"))));
    }

    private static Guid EventId(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("id").GetGuid();

    private static IEnumerable<Guid> EventIds(LoopbackServer receiver) => receiver.Requests.Select(EventId);

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
