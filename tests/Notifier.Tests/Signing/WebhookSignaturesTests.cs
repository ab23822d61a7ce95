using Intake.Notifier.Signing;

namespace Intake.Notifier.Tests.Signing;

public sealed class WebhookSignaturesTests
{
    [Fact]
    public void Standard_Webhooks_signature_matches_the_specification_known_answer() =>
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignatures.StandardWebhooks(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}"""));

    [Fact]
    public void Seed_signature_matches_a_vector_computed_with_openssl()
    {
        // printf '%s' '1700000000123{"event":"document.ready","id":"0190"}' | openssl dgst -sha256 -hmac 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
        const string expected = "f018c4877159eb2770932766065e5db413ce1d1c1b96228f439cc3a2c7ee2e29";

        Assert.Equal(expected, WebhookSignatures.Seed(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 1700000000123, """{"event":"document.ready","id":"0190"}"""));
    }

    [Fact]
    public void New_secrets_are_whsec_and_32_random_bytes()
    {
        var secret = WebhookSignatures.NewSecret();

        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.NotEqual(secret, WebhookSignatures.NewSecret());
    }
}
