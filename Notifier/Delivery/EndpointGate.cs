using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;

namespace Intake.Notifier.Delivery;

/// <summary>
/// Per endpoint (scheme, host and port): a cap on deliveries in flight and a circuit breaker
/// (Polly.Core), so one slow or dead endpoint holds a few slots and stops being called, while
/// every other endpoint keeps its pace.
/// </summary>
public sealed class EndpointGate(IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Endpoint> _endpoints = new();

    public Endpoint For(Uri url) => _endpoints.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new Endpoint(options.Value, clock));

    public sealed class Endpoint
    {
        private readonly SemaphoreSlim _slots;

        internal Endpoint(DeliveryOptions options, TimeProvider clock)
        {
            _slots = new SemaphoreSlim(options.MaxInFlightPerEndpoint);
            Breaker = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
                {
                    // Every attempt in the window failed, and there were enough of them to judge.
                    FailureRatio = 1.0,
                    MinimumThroughput = options.CircuitBreakerFailures,
                    SamplingDuration = options.CircuitBreakDuration,
                    BreakDuration = options.CircuitBreakDuration,
                    ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                        .Handle<HttpRequestException>()
                        .Handle<TimeoutException>()
                        .HandleResult(response => (int)response.StatusCode >= 500 || (int)response.StatusCode is 408 or 429),
                })
                .Build();
        }

        /// <summary>Sends through the breaker; throws <see cref="BrokenCircuitException"/> at once while it is open.</summary>
        public ResiliencePipeline<HttpResponseMessage> Breaker { get; }

        /// <summary>
        /// Takes a slot, waiting up to <paramref name="wait"/>: a healthy endpoint frees one within
        /// milliseconds; one that hangs does not, and the delivery goes back to the queue instead.
        /// </summary>
        public Task<bool> EnterAsync(TimeSpan wait, CancellationToken cancellationToken) => _slots.WaitAsync(wait, cancellationToken);

        public void Leave() => _slots.Release();
    }
}
