namespace Intake.Notifier.Subscriptions;

/// <summary>Section <c>Webhooks</c>: what subscriptions may point at, and the key their secrets are sealed with.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Base64 of 32 bytes: the AES-GCM key that encrypts subscription secrets and endpoint credentials at rest.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>Whether deliveries may connect to loopback addresses: the AppHost allows it in development, where receivers run locally.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Whether subscription URLs must be https; true unless the service runs in Development.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>How long a rotated-out secret keeps signing beside the new one.</summary>
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);
}
