using System.Net.Http.Json;
using Microsoft.Extensions.Http.Resilience;
using Intake.Core.Organizations;

namespace Intake.Api.Webhooks;

/// <summary>
/// The Api's calls to the Notifier (<c>http://notifier</c> through service discovery), each
/// with the internal token; webhook routes carry the organization the Api authenticated.
/// </summary>
public sealed class NotifierClient(HttpClient http, IConfiguration configuration)
{
    /// <summary>
    /// A test ping is answered with its attempt, so the forwarded call lasts as long as the subscriber takes,
    /// up to the Notifier's attempt timeout (10 s by default): the default 10 s per attempt would cut off a ping
    /// to an endpoint that is slow but within it.
    /// </summary>
    public static void AllowForPing(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        options.CircuitBreaker.SamplingDuration = 2 * options.AttemptTimeout.Timeout;
    }

    /// <summary>Sends the request on to the same path and query of the Notifier, and its answer back unchanged.</summary>
    public async Task ForwardAsync(HttpContext context, Guid organizationId)
    {
        var incoming = context.Request;
        using var outgoing = new HttpRequestMessage(new HttpMethod(incoming.Method), incoming.Path + incoming.QueryString);
        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0)
        {
            outgoing.Content = new StreamContent(incoming.Body);
            if (incoming.ContentType is { } contentType)
            {
                outgoing.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        Authenticate(outgoing);
        outgoing.Headers.Add(InternalCallerAuthenticationHandler.OrganizationHeader, organizationId.ToString());
        using var answer = await http.SendAsync(outgoing, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Headers.Location is { } location)
        {
            context.Response.Headers.Location = location.ToString();
        }

        if (answer.Content.Headers.ContentType is { } answerType)
        {
            context.Response.ContentType = answerType.ToString();
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>The organization whose subscription <paramref name="subscriptionId"/> has <paramref name="secret"/>; null if none has.</summary>
    public async Task<Guid?> OrganizationForSecretAsync(Guid subscriptionId, string secret, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/webhooks/{subscriptionId}/check-secret")
        {
            Content = JsonContent.Create(new { secret }),
        };
        Authenticate(request);
        using var answer = await http.SendAsync(request, cancellationToken);
        return answer.IsSuccessStatusCode && await answer.Content.ReadFromJsonAsync<SecretOwner>(cancellationToken) is { } owner
            ? owner.OrganizationId
            : null;
    }

    private void Authenticate(HttpRequestMessage request) =>
        request.Headers.Add(InternalCallerAuthenticationHandler.TokenHeader,
            configuration["Internal:Token"] ?? throw new InvalidOperationException("Internal:Token is not set."));

    private sealed record SecretOwner(Guid OrganizationId);
}
