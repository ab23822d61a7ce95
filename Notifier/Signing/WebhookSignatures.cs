using System.Security.Cryptography;
using System.Text;

namespace Intake.Notifier.Signing;

/// <summary>
/// The two signature schemes every delivery carries (DESIGN.md, "Webhooks"), so a subscriber
/// can check either: Standard Webhooks, and the seeds' <c>X-Webhook-Signature</c>.
/// </summary>
public static class WebhookSignatures
{
    public const string SecretPrefix = "whsec_";

    /// <summary>
    /// Standard Webhooks: <c>v1,</c> + base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>, keyed
    /// with the base64-decoded part of the secret after <c>whsec_</c>.
    /// </summary>
    public static string StandardWebhooks(string secret, string webhookId, long unixSeconds, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhookId}.{unixSeconds}.{body}")));
    }

    /// <summary>
    /// The seeds' scheme, as 1Flow documents it: lowercase hex HMAC-SHA256 keyed with the whole
    /// secret string as UTF-8, over the millisecond timestamp followed by the body, no separator.
    /// </summary>
    public static string Seed(string secret, long unixMilliseconds, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixMilliseconds}{body}")));

    /// <summary>A new secret: <c>whsec_</c> + base64 of 32 random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
