using System.Security.Cryptography;
using Intake.Core.Data;
using Intake.Core.Organizations;
using Intake.Core.Outbox;
using Intake.Notifier.Delivery;
using Intake.Notifier.Dispatch;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Intake.Notifier.Tests.Delivery;

/// <summary>
/// The Notifier's own services, in this process, on a database of their own (on the fixture's
/// Postgres server, so the running Notifiers never see it), with a fake clock: the schedule,
/// health and rotation are driven by advancing time, never by waiting. Deliveries go to real
/// HTTP receivers on loopback.
/// </summary>
public sealed class DeliveryHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _adminConnectionString;
    private readonly string _database;

    private DeliveryHarness(ServiceProvider services, string adminConnectionString, string database, Guid organizationId)
    {
        _services = services;
        _adminConnectionString = adminConnectionString;
        _database = database;
        OrganizationId = organizationId;
    }

    public FakeTimeProvider Clock => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public Guid OrganizationId { get; }

    public IServiceProvider Services => _services;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<DeliveryHarness> StartAsync(
        IntakeAppFixture fixture, IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var server = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("postgres"));
        var database = $"notifier_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await new NpgsqlCommand($"create database {database}", admin).ExecuteNonQueryAsync(cancellationToken);
        }

        var adminConnectionString = server.ConnectionString;
        server.Database = database;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = server.ConnectionString,
            ["ConnectionStrings:redis"] = fixture.App.GetConnectionString("redis"),
            ["ConnectionStrings:objectstore"] = fixture.App.GetConnectionString("objectstore"),
            ["Webhooks:SecretKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Webhooks:AllowLoopback"] = "true",
            ["Delivery:AttemptTimeout"] = "00:00:02",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddLogging();
        builder.AddApplicationServices();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero)));
        var services = builder.Services.BuildServiceProvider();
        await services.GetRequiredService<MigrationRunner>().ApplyAsync(cancellationToken);
        var organization = await new OrganizationStore(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<TimeProvider>())
            .CreateAsync("harness", OrganizationSettings.Defaults, cancellationToken);
        return new DeliveryHarness(services, adminConnectionString, database, organization.Id);
    }

    public async Task<SubscriptionWithSecret> SubscribeAsync(CreateSubscriptionRequest request)
    {
        var (created, error) = await Get<SubscriptionService>().CreateAsync(OrganizationId, request, CancellationToken.None);
        return created ?? throw new InvalidOperationException(error);
    }

    public Task<SubscriptionWithSecret> SubscribeAsync(Uri url, params string[] events) =>
        SubscribeAsync(new CreateSubscriptionRequest(url.ToString(), events));

    /// <summary>Commits an event to the outbox, as the Api or the Processor would, and fans it out.</summary>
    public async Task PublishAsync(string eventName, object payload)
    {
        await using (var connection = await Get<NpgsqlDataSource>().OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await OutboxWriter.AppendAsync(connection, transaction, OrganizationId, eventName, payload, Clock.GetUtcNow(), CancellationToken.None);
            await transaction.CommitAsync();
        }

        await ActivatorUtilities.CreateInstance<OutboxDispatcher>(_services).DispatchBatchAsync(CancellationToken.None);
    }

    /// <summary>Claims and attempts deliveries one at a time until none is due now; returns the attempts made.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> DeliverDueAsync()
    {
        var attempts = new List<DeliveryAttempt>();
        while ((await Get<DeliveryStore>().ClaimDueAsync("harness", 1, CancellationToken.None)).SingleOrDefault() is { } delivery)
        {
            if (await Get<DeliveryRunner>().DeliverAsync(delivery, CancellationToken.None) is { } attempt)
            {
                attempts.Add(attempt);
            }
        }

        return attempts;
    }

    public async Task<SubscriptionResponse> SubscriptionAsync(Guid id) =>
        SubscriptionResponse.From((await Get<SubscriptionStore>().FindAsync(OrganizationId, id, CancellationToken.None))!);

    public async Task<IReadOnlyList<DeliveryResponse>> DeliveriesAsync(Guid subscriptionId) =>
        (await Get<DeliveryLog>().ListAsync(OrganizationId, subscriptionId, CancellationToken.None))!;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync();
        await new NpgsqlCommand($"drop database if exists {_database} with (force)", admin).ExecuteNonQueryAsync();
    }
}
