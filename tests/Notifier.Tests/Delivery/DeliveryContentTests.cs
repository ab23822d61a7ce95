using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Intake.Notifier.Delivery;
using Intake.Notifier.Signing;
using Intake.Notifier.Subscriptions;

namespace Intake.Notifier.Tests.Delivery;

/// <summary>What a delivery carries: signatures (during rotation too), auth, custom headers; which subscriptions get it.</summary>
public sealed class DeliveryContentTests(NotifierAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Both_signature_schemes_verify_and_during_rotation_carry_the_old_and_new_secret_until_24_hours_pass()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: Ct);
        await using var receiver = await LoopbackServer.StartAsync();
        var subscription = await harness.SubscribeAsync(receiver.Url, "document.ready");
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        await harness.DeliverDueAsync();

        var rotated = await harness.Get<SubscriptionService>().RotateSecretAsync(harness.OrganizationId, subscription.Subscription.Id, Ct);
        Assert.NotEqual(subscription.Secret, rotated!.Secret);
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        await harness.DeliverDueAsync();
        harness.Clock.Advance(TimeSpan.FromHours(24.01));
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        await harness.DeliverDueAsync();

        var requests = receiver.Requests.ToList();
        Assert.Equal(3, requests.Count);
        AssertSignedBy(requests[0], [subscription.Secret]);
        AssertSignedBy(requests[1], [rotated.Secret, subscription.Secret]);
        AssertSignedBy(requests[2], [rotated.Secret]);
    }

    [Theory]
    [InlineData("basic", "Authorization", "Basic YW5uOnMzY3JldA==")]
    [InlineData("bearer", "Authorization", "Bearer t0ken")]
    [InlineData("header", "X-Api-Key", "k3y")]
    public async Task The_endpoint_auth_and_custom_headers_are_sent_and_the_credential_is_never_shown(string type, string header, string expected)
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: Ct);
        await using var receiver = await LoopbackServer.StartAsync();
        var auth = new EndpointAuthRequest(type, Username: "ann", Password: "s3cret", Token: "t0ken", HeaderName: "X-Api-Key", Value: "k3y");
        var created = await harness.SubscribeAsync(new CreateSubscriptionRequest(
            receiver.Url.ToString(), ["document.ready"], Auth: auth, Headers: new Dictionary<string, string> { ["X-Team"] = "payables" }));
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        await harness.DeliverDueAsync();

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(expected, request.Header(header));
        Assert.Equal("payables", request.Header("X-Team"));
        Assert.Equal("Intake-Webhook/1.0", request.Header("User-Agent"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        var shown = JsonSerializer.Serialize(created.Subscription);
        Assert.DoesNotContain("s3cret", shown);
        Assert.DoesNotContain("t0ken", shown);
        Assert.DoesNotContain("k3y", shown);
        Assert.Equal(type, created.Subscription.Auth.Type);
    }

    [Fact]
    public async Task The_attempt_log_keeps_at_most_16_KiB_of_a_response()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: Ct);
        await using var receiver = await LoopbackServer.StartAsync();
        receiver.Respond = (context, _) => context.Response.WriteAsync(new string('x', 40_000));
        var id = (await harness.SubscribeAsync(receiver.Url, "document.ready")).Subscription.Id;
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });
        await harness.DeliverDueAsync();

        var attempt = Assert.Single(Assert.Single(await harness.DeliveriesAsync(id)).AttemptLog);
        Assert.Equal(16 * 1024, attempt.ResponseBody!.Length);
        Assert.Equal(200, attempt.StatusCode);
    }

    [Fact]
    public async Task Events_reach_only_subscriptions_that_name_them_pass_their_filters_and_are_active()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, cancellationToken: Ct);
        await using var everything = await LoopbackServer.StartAsync();
        await using var invoicesOnly = await LoopbackServer.StartAsync();
        await using var oneTemplate = await LoopbackServer.StartAsync();
        await using var inactive = await LoopbackServer.StartAsync();
        await harness.SubscribeAsync(everything.Url, "document.ready", "batch.completed");
        await harness.SubscribeAsync(new CreateSubscriptionRequest(invoicesOnly.Url.ToString(), ["document.ready", "batch.completed"],
            Filters: new SubscriptionFilters(DocTypes: ["invoice"])));
        await harness.SubscribeAsync(new CreateSubscriptionRequest(oneTemplate.Url.ToString(), ["document.ready"],
            Filters: new SubscriptionFilters(TemplateIds: ["tpl-7"])));
        await harness.SubscribeAsync(new CreateSubscriptionRequest(inactive.Url.ToString(), ["document.ready"], IsActive: false));

        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid(), templateId = "tpl-7", status = new { docType = "RECEIPT" } });
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid(), templateId = (string?)null, status = new { docType = "INVOICE" } });
        await harness.PublishAsync("document.created", new { documentId = Guid.NewGuid(), status = new { docType = "INVOICE" } });
        await harness.PublishAsync("batch.completed", new { job_id = Guid.NewGuid(), documents = new[] { new { doc_type = "RECEIPT" }, new { doc_type = "INVOICE" } } });
        await harness.DeliverDueAsync();

        Assert.Equal(3, everything.Requests.Count);
        Assert.Equal(["document.ready", "batch.completed"], invoicesOnly.Requests.Select(r => r.Header("X-Webhook-Event")));
        Assert.Single(oneTemplate.Requests);
        Assert.Empty(inactive.Requests);
    }

    [Fact]
    public async Task With_loopback_disallowed_a_loopback_endpoint_is_refused_at_connect_time_with_the_reason()
    {
        await using var harness = await DeliveryHarness.StartAsync(fixture, new Dictionary<string, string?> { ["Webhooks:AllowLoopback"] = "false" }, Ct);
        await using var receiver = await LoopbackServer.StartAsync();
        // A name, not a literal address: the URL passes the subscription check and the guard acts after DNS.
        var url = new UriBuilder(receiver.Url) { Host = "localhost" }.Uri;
        var id = (await harness.SubscribeAsync(url, "document.ready")).Subscription.Id;
        await harness.PublishAsync("document.ready", new { documentId = Guid.NewGuid() });

        var attempt = Assert.Single(await harness.DeliverDueAsync());

        Assert.Null(attempt.StatusCode);
        Assert.Contains("may not reach", attempt.Error);
        Assert.Empty(receiver.Requests);
        Assert.Equal(DeliveryStatus.Pending, Assert.Single(await harness.DeliveriesAsync(id)).Status);
    }

    private static void AssertSignedBy(ReceivedRequest request, IReadOnlyList<string> secrets)
    {
        var id = request.Header("webhook-id")!;
        var seconds = long.Parse(request.Header("webhook-timestamp")!);
        var milliseconds = long.Parse(request.Header("X-Webhook-Timestamp")!);
        Assert.Equal(secrets.Select(s => WebhookSignatures.StandardWebhooks(s, id, seconds, request.Text)), request.Header("webhook-signature")!.Split(' '));
        Assert.Equal(secrets.Select(s => WebhookSignatures.Seed(s, milliseconds, request.Text)), request.Header("X-Webhook-Signature")!.Split(' '));
        Assert.Equal(id, request.Header("X-Webhook-Delivery"));
        Assert.Equal(seconds, milliseconds / 1000);
    }
}
