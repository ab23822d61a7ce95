using Intake.Processor.Plugins;

namespace Intake.Processor.Tests.Plugins;

public sealed class SdkCompatibilityTests
{
    private static readonly Version Host = new(1, 4, 0);

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.4.0")]
    public void A_plugin_built_against_the_same_or_an_older_minor_SDK_loads(string builtAgainst)
    {
        Assert.Null(SdkCompatibility.Problem(Version.Parse(builtAgainst), Host));
    }

    [Theory]
    [InlineData("1.5.0", "newer than this Processor's 1.4.0")]
    [InlineData("2.0.0", "the major versions differ")]
    [InlineData("0.9.0", "the major versions differ")]
    public void A_plugin_built_against_an_incompatible_SDK_is_refused_with_the_reason(string builtAgainst, string reason)
    {
        Assert.Contains(reason, SdkCompatibility.Problem(Version.Parse(builtAgainst), Host));
    }

    [Fact]
    public void A_plugin_without_the_SDK_is_refused()
    {
        Assert.Contains("does not reference", SdkCompatibility.Problem(null, Host));
    }
}
