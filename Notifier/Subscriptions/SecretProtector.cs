using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Seals subscription secrets and endpoint credentials at rest with AES-GCM: a database dump
/// alone cannot sign a webhook or call a subscriber's endpoint. Stored as nonce ‖ tag ‖ ciphertext.
/// </summary>
public sealed class SecretProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretProtector(IOptions<WebhookOptions> options)
    {
        _key = Convert.TryFromBase64String(options.Value.SecretKey, new byte[32], out var written) && written == 32
            ? Convert.FromBase64String(options.Value.SecretKey)
            : throw new InvalidOperationException("Webhooks:SecretKey must be the base64 of 32 random bytes.");
    }

    public byte[] Protect(string plaintext)
    {
        var data = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceSize + TagSize + data.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, data, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize));
        return sealedBytes;
    }

    public string Unprotect(byte[] sealedBytes)
    {
        var plaintext = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }
}
