using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text;
using Intake.Core.Outbox;
using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Makes one attempt of a claimed delivery and records what follows from it: done, retried on
/// the schedule (<c>Retry-After</c> honoured within it), exhausted, or the subscription disabled
/// on 410. A delivery whose endpoint is busy or whose circuit is open is put back unattempted.
/// </summary>
public sealed class DeliveryRunner(
    DeliveryStore store, AttemptRecorder recorder, EndpointGate gate, WebhookHttpClient http, SecretProtector protector, OriginalsAfterDelivery originals,
    DeliveryMetrics metrics, TimeProvider clock, IOptions<DeliveryOptions> options, ILogger<DeliveryRunner> logger)
{
    /// <returns>The attempt made, or null when none was (cancelled or put back).</returns>
    public async Task<DeliveryAttempt?> DeliverAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        if (!delivery.IsActive || delivery.Health == SubscriptionHealth.Disabled)
        {
            await store.CancelAsync(delivery.Id, cancellationToken);
            return null;
        }

        var endpoint = gate.For(new Uri(delivery.Url));
        if (!await endpoint.EnterAsync(options.Value.EndpointBusyWait, cancellationToken))
        {
            await store.DeferAsync(delivery.Id, clock.GetUtcNow() + options.Value.PollInterval, cancellationToken);
            return null;
        }

        try
        {
            return await AttemptAsync(delivery, endpoint, cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            await store.DeferAsync(delivery.Id, clock.GetUtcNow() + options.Value.CircuitBreakDuration, cancellationToken);
            return null;
        }
    }

    private async Task<DeliveryAttempt> AttemptAsync(ClaimedDelivery delivery, EndpointGate.Endpoint endpoint, CancellationToken cancellationToken)
    {
        var number = delivery.Attempts + 1;
        using var activity = DeliveryMetrics.StartAttempt(delivery, number);
        var attemptedAt = clock.GetUtcNow();
        var elapsed = Stopwatch.StartNew();
        var (statusCode, responseBody, error, retryAfter) = await SendAsync(delivery, number, attemptedAt, endpoint, cancellationToken);
        var attempt = new DeliveryAttempt(delivery.Id, number, attemptedAt, statusCode, (int)elapsed.ElapsedMilliseconds, error, responseBody);

        var gone = statusCode == (int)HttpStatusCode.Gone;
        var delay = attempt.Succeeded || gone ? null : options.Value.Schedule.NextDelay(number, retryAfter, Random.Shared.NextDouble());
        var verdict = attempt.Succeeded ? AttemptVerdict.Succeeded
            : gone ? AttemptVerdict.Gone
            : delay is null ? AttemptVerdict.Exhausted
            : AttemptVerdict.RetryLater;
        var next = delay is { } wait ? clock.GetUtcNow() + wait : (DateTimeOffset?)null;
        await recorder.RecordAsync(delivery, attempt, verdict, next);
        metrics.Attempted(verdict.ToString().ToLowerInvariant(), elapsed.Elapsed);
        activity?.SetTag("http.response.status_code", statusCode);
        if (verdict != AttemptVerdict.Succeeded)
        {
            activity?.SetStatus(ActivityStatusCode.Error, error ?? $"HTTP {statusCode}");
        }
        else if (delivery.Event == EventNames.DocumentReady)
        {
            originals.Delivered(delivery);
        }

        return attempt;
    }

    /// <summary>Sends the attempt and reads the answer, then frees the endpoint's slot: recording it is no business of the endpoint's.</summary>
    private async Task<(int? StatusCode, string? Body, string? Error, TimeSpan? RetryAfter)> SendAsync(
        ClaimedDelivery delivery, int number, DateTimeOffset now, EndpointGate.Endpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await SendWithinSlotAsync(delivery, number, now, endpoint, cancellationToken);
        }
        finally
        {
            endpoint.Leave();
        }
    }

    private async Task<(int? StatusCode, string? Body, string? Error, TimeSpan? RetryAfter)> SendWithinSlotAsync(
        ClaimedDelivery delivery, int number, DateTimeOffset now, EndpointGate.Endpoint endpoint, CancellationToken cancellationToken)
    {
        var secrets = new List<string> { protector.Unprotect(delivery.Secret) };
        if (delivery.PreviousSecret is not null && delivery.PreviousSecretExpiresAt > now.UtcDateTime)
        {
            secrets.Add(protector.Unprotect(delivery.PreviousSecret));
        }

        var credential = delivery.AuthCredential is null ? null : protector.Unprotect(delivery.AuthCredential);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.AttemptTimeout);
        try
        {
            using var response = await endpoint.Breaker.ExecuteAsync(async token =>
            {
                using var request = DeliveryMessage.Create(delivery, number, now, secrets, credential);
                return await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            }, timeout.Token);
            var body = await ReadLimitedAsync(response, timeout.Token);
            return ((int)response.StatusCode, body, null, RetryAfter(response, now));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, null, $"No answer within {options.Value.AttemptTimeout.TotalSeconds:0.#} s.", null);
        }
        catch (HttpRequestException ex)
        {
            var reason = ex.InnerException is OutboundAddressRefusedException refused ? refused.Message : ex.Message;
            logger.LogDebug("Delivery {DeliveryId} attempt {Attempt} failed: {Reason}", delivery.Id, number, reason);
            return (null, null, reason, null);
        }
    }

    private async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.Value.ResponseBodyLimit;
        // Rented: most answers are empty, and a fresh buffer per attempt was most of what a delivery allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(limit);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var length = 0;
            int read;
            while (length < limit && (read = await stream.ReadAsync(buffer.AsMemory(length, limit - length), cancellationToken)) > 0)
            {
                length += read;
            }

            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>Retry-After</c> on 429 and 503, as seconds or a date.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        (int)response.StatusCode is 429 or 503 && response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date - now)
            : null;
}
