using System.Buffers.Text;
using System.Text.Json;
using Intake.Core.Documents;

namespace Intake.Api.Documents;

/// <summary>
/// The opaque <c>cursor</c> of <c>GET /api/documents</c>: the last document's sort key in
/// base64url JSON. Opaque so clients pass it back as it is and we may change what it holds.
/// </summary>
public static class DocumentCursor
{
    private sealed record Key(long T, Guid I, float? R);

    public static string Encode(DocumentListPosition position) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Key(position.CreatedAt.Ticks, position.Id, position.Rank)));

    public static bool TryDecode(string cursor, out DocumentListPosition? position)
    {
        position = null;
        try
        {
            if (JsonSerializer.Deserialize<Key>(Base64Url.DecodeFromChars(cursor)) is not { } key || key.T < 0 || key.T > DateTime.MaxValue.Ticks)
            {
                return false;
            }

            position = new DocumentListPosition(new DateTime(key.T, DateTimeKind.Utc), key.I, key.R);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }
}
