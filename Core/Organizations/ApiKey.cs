using System.Security.Cryptography;
using System.Text;

namespace Intake.Core.Organizations;

/// <summary>
/// API keys look like <c>ik_3f9c0a1b2d4e_&lt;43 random characters&gt;</c>: a public id (how the
/// key is found) and 256 random bits. Only the SHA-256 of the whole key is stored; a slow
/// password hash buys nothing for keys this random, and keeps every request cheap.
/// </summary>
public sealed record ApiKey(string Id, string Key)
{
    private const string Prefix = "ik_";
    private const int IdLength = 12;

    public static ApiKey Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return new ApiKey(id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Reads the public id out of a presented key; false for anything not shaped like our keys.</summary>
    public static bool TryGetId(string? presented, out string id)
    {
        id = "";
        if (presented is null || presented.Length < Prefix.Length + IdLength + 2 || !presented.StartsWith(Prefix, StringComparison.Ordinal)
            || presented[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        id = presented.Substring(Prefix.Length, IdLength);
        return id.All(char.IsAsciiHexDigitLower);
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Constant-time comparison, so response timing says nothing about how much of a key was right.</summary>
    public static bool Matches(string presented, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);
}
