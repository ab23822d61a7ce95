using System.Security.Cryptography;
using System.Text;
using Intake.Api.Uploads;

namespace Intake.Api.Idempotency;

/// <summary>
/// SHA-256 of what an upload asks for: the route, the file (name and bytes) and the other fields.
/// Taken over the parsed request rather than its raw bytes, because a multipart body carries a
/// boundary that clients pick at random on every send, retries included.
/// </summary>
public static class RequestFingerprint
{
    public static byte[] Of(string route, UploadedFile file, UploadRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, route);
        Append(hash, file.FileName);
        hash.AppendData(SHA256.HashData(file.Content));
        Append(hash, request.DocumentType);
        Append(hash, request.TemplateId);
        Append(hash, request.StaticValuesJson);
        Append(hash, request.MetadataJson);
        return hash.GetHashAndReset();
    }

    /// <summary>Length-prefixed, so neighbouring fields cannot trade characters, and null differs from "".</summary>
    private static void Append(IncrementalHash hash, string? value)
    {
        var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
        hash.AppendData(BitConverter.GetBytes(value is null ? -1 : bytes.Length));
        hash.AppendData(bytes);
    }
}
