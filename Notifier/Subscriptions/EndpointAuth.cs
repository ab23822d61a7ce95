using System.Net.Http.Headers;
using System.Text;

namespace Intake.Notifier.Subscriptions;

/// <summary>How deliveries authenticate to the subscriber's endpoint (DESIGN.md: none, Basic, Bearer, or a named API-key header).</summary>
public static class EndpointAuthKinds
{
    public const string None = "none";
    public const string Basic = "basic";
    public const string Bearer = "bearer";
    public const string Header = "header";
}

/// <summary>What a client sends to set endpoint auth; the credential is sealed at rest and never shown again.</summary>
public sealed record EndpointAuthRequest(string? Type, string? Username = null, string? Password = null, string? Token = null, string? HeaderName = null, string? Value = null)
{
    /// <returns>The kind, header name and credential to store, or the reason the request is refused.</returns>
    public (string Kind, string? HeaderName, string? Credential, string? Error) Normalize() => Type?.ToLowerInvariant() switch
    {
        null or "" or EndpointAuthKinds.None => (EndpointAuthKinds.None, null, null, null),
        EndpointAuthKinds.Basic when !string.IsNullOrEmpty(Username) && Password is not null && !Username.Contains(':') =>
            (EndpointAuthKinds.Basic, null, $"{Username}:{Password}", null),
        EndpointAuthKinds.Basic => (EndpointAuthKinds.None, null, null, "Basic auth needs a username (without ':') and a password."),
        EndpointAuthKinds.Bearer when !string.IsNullOrWhiteSpace(Token) && !HasLineBreak(Token) => (EndpointAuthKinds.Bearer, null, Token, null),
        EndpointAuthKinds.Bearer => (EndpointAuthKinds.None, null, null, "Bearer auth needs a token on one line."),
        EndpointAuthKinds.Header when CustomHeaderRules.Check(HeaderName, Value) is { } error => (EndpointAuthKinds.None, null, null, error),
        EndpointAuthKinds.Header => (EndpointAuthKinds.Header, HeaderName, Value, null),
        _ => (EndpointAuthKinds.None, null, null, $"Unknown auth type '{Type}': use none, basic, bearer or header."),
    };

    private static bool HasLineBreak(string value) => value.Contains('\r') || value.Contains('\n');
}

/// <summary>Adds the endpoint's credentials to an outgoing request.</summary>
public static class EndpointAuthorization
{
    public static void Apply(HttpRequestMessage request, string kind, string? headerName, string? credential)
    {
        switch (kind)
        {
            case EndpointAuthKinds.Basic when credential is not null:
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credential)));
                break;
            case EndpointAuthKinds.Bearer when credential is not null:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
                break;
            case EndpointAuthKinds.Header when headerName is not null && credential is not null:
                request.Headers.TryAddWithoutValidation(headerName, credential);
                break;
        }
    }
}
