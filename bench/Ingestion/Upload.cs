using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Intake.Bench.Ingestion;

/// <summary>One <c>POST /api/documents</c>, as a client sends it: the file as the multipart field <c>file</c>.</summary>
public static class Upload
{
    public static async Task<(HttpStatusCode Status, Guid? DocumentId)> SendAsync(HttpClient api, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        // The Api sniffs the type from the bytes; the header is what a browser would send.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        using var response = await api.PostAsync("/api/documents", form);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            return (response.StatusCode, null);
        }

        var accepted = await response.Content.ReadFromJsonAsync<AcceptedBody>();
        return (response.StatusCode, accepted!.Documents[0].DocumentId);
    }

    private sealed record AcceptedBody(IReadOnlyList<AcceptedDocument> Documents);

    private sealed record AcceptedDocument(Guid DocumentId);
}
