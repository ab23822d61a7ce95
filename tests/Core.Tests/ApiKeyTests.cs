using Intake.Core.Organizations;

namespace Intake.Core.Tests;

public sealed class ApiKeyTests
{
    [Fact]
    public void A_new_key_carries_its_id_and_is_unique()
    {
        var first = ApiKey.Create();
        var second = ApiKey.Create();

        Assert.Matches("^ik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", first.Key);
        Assert.True(ApiKey.TryGetId(first.Key, out var id));
        Assert.Equal(first.Id, id);
        Assert.NotEqual(first.Key, second.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ik_")]
    [InlineData("ik_0123456789ab")]
    [InlineData("ik_0123456789abX")]
    [InlineData("sk_0123456789ab_secret")]
    [InlineData("ik_0123456789AB_secret")]
    [InlineData("ik_01234567_9ab_secret")]
    public void Anything_not_shaped_like_a_key_has_no_id(string? presented)
    {
        Assert.False(ApiKey.TryGetId(presented, out _));
    }

    [Fact]
    public void Only_the_exact_key_matches_its_stored_hash()
    {
        var key = ApiKey.Create();
        var stored = ApiKey.Hash(key.Key);

        Assert.True(ApiKey.Matches(key.Key, stored));
        Assert.False(ApiKey.Matches(key.Key[..^1] + (key.Key[^1] == 'A' ? 'B' : 'A'), stored));
        Assert.False(ApiKey.Matches(key.Key + " ", stored));
        Assert.False(ApiKey.Matches(ApiKey.Create().Key, stored));
    }
}
