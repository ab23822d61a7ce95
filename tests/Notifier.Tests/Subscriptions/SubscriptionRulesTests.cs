using Intake.Notifier.Subscriptions;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Intake.Notifier.Tests.Subscriptions;

public sealed class SubscriptionRulesTests
{
    private static WebhookUrlPolicy Urls(string environment, bool allowLoopback = false) =>
        new(Options.Create(new WebhookOptions { AllowLoopback = allowLoopback }), new HostingEnvironment { EnvironmentName = environment });

    [Theory]
    [InlineData("https://hooks.example.com/intake", null)]
    [InlineData("http://hooks.example.com/intake", "must use https")]
    [InlineData("ftp://hooks.example.com/", "not an absolute http or https URL")]
    [InlineData("/relative", "not an absolute http or https URL")]
    [InlineData("https://user:pass@hooks.example.com/", "not in the URL")]
    [InlineData("https://10.0.0.8/hook", "private, loopback or reserved")]
    [InlineData("https://[::1]/hook", "private, loopback or reserved")]
    public void Outside_development_urls_must_be_public_https(string url, string? reason)
    {
        var error = Urls("Production").Check(url);

        if (reason is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(reason, error);
        }
    }

    [Fact]
    public void Development_allows_http_and_with_the_setting_loopback()
    {
        Assert.Null(Urls("Development", allowLoopback: true).Check("http://127.0.0.1:5099/hook"));
        Assert.Contains("loopback", Urls("Development").Check("http://127.0.0.1:5099/hook"));
    }

    [Theory]
    [InlineData("document.ready", null)]
    [InlineData("webhook.test", "Unknown events: webhook.test")]
    [InlineData("document.exploded", "Unknown events: document.exploded")]
    public void Only_known_events_can_be_subscribed(string eventName, string? reason)
    {
        var error = SubscriptionRules.CheckEvents([eventName]);

        if (reason is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(reason, error);
        }
    }

    [Theory]
    [InlineData("X-Team", "payments", null)]
    [InlineData("webhook-signature", "x", "set by Intake")]
    [InlineData("X-Webhook-Event", "x", "set by Intake")]
    [InlineData("Content-Type", "text/plain", "set by Intake")]
    [InlineData("Bad Name", "x", "not a valid header name")]
    [InlineData("X-Split", "a\r\nInjected: yes", "one line")]
    public void Custom_headers_cannot_forge_ours_or_split_the_request(string name, string value, string? reason)
    {
        var error = CustomHeaderRules.Check(name, value);

        if (reason is null)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains(reason, error);
        }
    }

    [Fact]
    public void Each_auth_mode_needs_its_credential()
    {
        Assert.Equal(("basic", null, "ann:pw", null), new EndpointAuthRequest("basic", Username: "ann", Password: "pw").Normalize());
        Assert.Equal(("bearer", null, "t0k", null), new EndpointAuthRequest("Bearer", Token: "t0k").Normalize());
        Assert.Equal(("header", "X-Api-Key", "k", null), new EndpointAuthRequest("header", HeaderName: "X-Api-Key", Value: "k").Normalize());
        Assert.NotNull(new EndpointAuthRequest("basic", Username: "ann").Normalize().Error);
        Assert.NotNull(new EndpointAuthRequest("bearer").Normalize().Error);
        Assert.NotNull(new EndpointAuthRequest("header", HeaderName: "Authorization", Value: "k").Normalize().Error);
        Assert.NotNull(new EndpointAuthRequest("digest").Normalize().Error);
    }
}
