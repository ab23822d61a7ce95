using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.Hosting;

public static class ResilienceExtensions
{
    /// <summary>
    /// The default pipeline of every HttpClient (Polly.Core through Microsoft.Extensions.Http.Resilience):
    /// a total timeout, retries with exponential backoff and jitter for idempotent methods only
    /// (a retried POST could create twice), a circuit breaker, and a per-attempt timeout.
    /// A client that needs its own policy (webhook delivery) opts out with
    /// <see cref="WithoutDefaultResilience"/>.
    /// </summary>
    public static IHttpClientBuilder AddIntakeResilienceHandler(this IHttpClientBuilder http)
    {
        http.AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        return http;
    }

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
