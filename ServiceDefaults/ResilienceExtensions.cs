using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Microsoft.Extensions.Hosting;

public static class ResilienceExtensions
{
    /// <summary>
    /// The default pipeline of every HttpClient (Polly.Core through Microsoft.Extensions.Http.Resilience):
    /// a total timeout, retries with exponential backoff and jitter for idempotent methods (a
    /// retried POST could create twice), a circuit breaker, and a per-attempt timeout. A request
    /// that could not connect is retried whatever its method: it never reached the server, and
    /// the next attempt may resolve to another replica (one of two Notifiers restarting, say).
    /// A client that needs its own policy (webhook delivery) opts out with
    /// <see cref="WithoutDefaultResilience"/>.
    /// </summary>
    /// <param name="configure">Changes to the defaults, for a client whose calls are known to be slower (after <see cref="WithoutDefaultResilience"/>).</param>
    public static IHttpClientBuilder AddIntakeResilienceHandler(this IHttpClientBuilder http, Action<HttpStandardResilienceOptions>? configure = null)
    {
        http.AddStandardResilienceHandler(options =>
        {
            options.Retry.ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }
                || (IsIdempotent(args.Context.GetRequestMessage()?.Method) && HttpClientResiliencePredicates.IsTransient(args.Outcome)));
            configure?.Invoke(options);
        });
        return http;
    }

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put
        || method == HttpMethod.Delete || method == HttpMethod.Trace;

    /// <summary>Removes the default resilience pipeline from this named client.</summary>
    public static IHttpClientBuilder WithoutDefaultResilience(this IHttpClientBuilder http)
    {
        // Experimental in the package, but it is exactly the documented opt-out from ConfigureHttpClientDefaults.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return http;
    }
}
