using System.Net;
using Intake.Notifier.Delivery;
using Microsoft.Extensions.Options;

namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Whether a URL may be subscribed: absolute http(s), https outside development, no
/// credentials in it (that is what <c>auth</c> is for), and no literal address the outbound
/// guard would refuse anyway. Names are judged again at connect time, after DNS.
/// </summary>
public sealed class WebhookUrlPolicy(IOptions<WebhookOptions> options, IHostEnvironment environment)
{
    private bool RequireHttps => options.Value.RequireHttps ?? !environment.IsDevelopment();

    /// <returns>Null when the URL may be used, else the reason.</returns>
    public string? Check(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"'{url}' is not an absolute http or https URL.";
        }

        if (RequireHttps && uri.Scheme != "https")
        {
            return "Webhook URLs must use https.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "Put credentials in 'auth', not in the URL.";
        }

        if (url!.Length > 2048)
        {
            return "The URL is longer than 2048 characters.";
        }

        return IPAddress.TryParse(uri.IdnHost, out var address) && !OutboundAddressGuard.IsAllowed(address, options.Value.AllowLoopback)
            ? $"{address} is a private, loopback or reserved address; webhooks go to public endpoints."
            : null;
    }
}
