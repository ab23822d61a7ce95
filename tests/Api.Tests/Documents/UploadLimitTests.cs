using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Api.Uploads;
using Npgsql;

namespace Intake.Api.Tests.Documents;

/// <summary>
/// Limits checked at upload from the file itself: each breach is a 4xx problem that says
/// why, and leaves nothing behind (no job, no document, no event).
/// </summary>
public sealed class UploadLimitTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pdf_with_more_pages_than_allowed_is_refused_and_leaves_nothing_behind()
    {
        var (organization, client) = await OrganizationAsync();

        var response = await UploadAsync(client, MinimalPdf.WithObjectStream(51), "long.pdf");

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "too-many-pages", "has 51 pages; at most 50");
        Assert.Equal(0L, await CountAsync("select count(*) from intake.jobs where organization_id = @org", organization.Id));
        Assert.Equal(0L, await CountAsync("select count(*) from intake.outbox_events where organization_id = @org", organization.Id));
    }

    [Fact]
    public async Task A_zip_entry_with_too_many_pages_refuses_the_batch_and_names_the_entry()
    {
        var (organization, client) = await OrganizationAsync();
        using var archive = new MemoryStream();
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("short.pdf", MinimalPdf.WithObjectStream(2)), ("long.pdf", MinimalPdf.WithObjectStream(60)) })
            {
                await using var entry = await zip.CreateEntry(name).OpenAsync(Ct);
                await entry.WriteAsync(content, Ct);
            }
        }

        var response = await UploadAsync(client, archive.ToArray(), "batch.zip");

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "too-many-pages", "'long.pdf' has 60 pages");
        Assert.Equal(0L, await CountAsync("select count(*) from intake.documents where organization_id = @org", organization.Id));
    }

    [Fact]
    public async Task An_image_too_large_in_pixels_is_refused_before_it_is_decoded()
    {
        var (organization, client) = await OrganizationAsync();
        var png = BlankGrayPng(8_000, 8_000); // 64 MP: a decompression bomb of a few dozen kilobytes

        var response = await UploadAsync(client, png, "huge.png");

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "image-too-large", "8000 × 8000 pixels");
        Assert.Equal(0L, await CountAsync("select count(*) from intake.jobs where organization_id = @org", organization.Id));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_both_sizes()
    {
        var (organization, client) = await OrganizationAsync();
        var oversize = new byte[ApiAppFixture.MaxUploadBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(oversize);

        var response = await UploadAsync(client, oversize, "big.pdf");

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "file-too-large", $"the limit is {ApiAppFixture.MaxUploadBytes}");
        Assert.Equal(0L, await CountAsync("select count(*) from intake.jobs where organization_id = @org", organization.Id));
    }

    [Fact]
    public async Task A_request_body_far_over_the_limit_is_refused_before_it_is_read()
    {
        var (_, client) = await OrganizationAsync();
        client.DefaultRequestHeaders.ExpectContinue = true; // as curl sends large bodies: the answer comes before the body
        var json = JsonSerializer.Serialize(new { actual_image = new string('A', ApiAppFixture.MaxUploadBytes * 2) });

        var response = await client.PostAsync("/process-job", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "request-too-large", "the limit is");
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_limit_is_cut_off_with_413()
    {
        var (organization, client) = await OrganizationAsync();
        var api = client.BaseAddress!;
        // Raw HTTP, so the test controls the writing: a chunked body (no Content-Length, so the size is only
        // known once read this far) that stops just past the limit and stays open. Writing on after the
        // answer would race the server's close and could end in a broken pipe instead of the answer.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(api.Host, api.Port, Ct);
        await using var stream = tcp.GetStream();
        var head = $"POST /process-job HTTP/1.1\r\nHost: {api.Authority}\r\nX-API-Key: {organization.ApiKey}\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), Ct);
        var chunk = System.Text.Encoding.ASCII.GetBytes(new string('A', 64 * 1024));
        var chunkHeader = System.Text.Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n");
        await stream.WriteAsync("5\r\n{\"a\":\r\n"u8.ToArray(), Ct);
        try
        {
            // Stops as soon as the server has answered: it may close once it has, and a write after that breaks the pipe.
            for (var written = 0L; written <= new UploadOptions { MaxUploadBytes = ApiAppFixture.MaxUploadBytes }.MaxRequestBytes + chunk.Length
                && tcp.Available == 0; written += chunk.Length)
            {
                await stream.WriteAsync(chunkHeader, Ct);
                await stream.WriteAsync(chunk, Ct);
                await stream.WriteAsync("\r\n"u8.ToArray(), Ct);
            }
        }
        catch (IOException)
        {
            // The server closed while the last chunk was on its way: its answer was sent before, and is read below.
        }

        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync(Ct);
        var answer = await reader.ReadToEndAsync(Ct);

        Assert.StartsWith("HTTP/1.1 413", statusLine);
        Assert.Contains("/problems/payload-too-large", answer);
    }

    [Fact(Timeout = 120_000)]
    public async Task An_encrypted_pdf_is_accepted_then_fails_with_a_readable_error_and_the_job_fails()
    {
        var (organization, client) = await OrganizationAsync();
        var path = Path.GetTempFileName();
        MinimalPdf.WritePasswordProtected(path, "secret");
        var pdf = await File.ReadAllBytesAsync(path, Ct);
        File.Delete(path);

        var response = await UploadAsync(client, pdf, "locked.pdf");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var documentId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documents")[0].GetProperty("documentId").GetGuid();
        var document = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}", Ct),
            d => d.GetProperty("status").GetProperty("extractionStatus").GetString() == "FAILED", Ct);
        var error = document.GetProperty("status").GetProperty("extractionErrors")[0];
        Assert.Equal("encrypted", error.GetProperty("code").GetString());
        Assert.Contains("password", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        await Eventually.Until(() => CountAsync("select count(*) from intake.outbox_events where organization_id = @org and event = 'batch.failed'", organization.Id),
            count => count == 1, Ct);
    }

    private async Task<(TestOrganization, HttpClient)> OrganizationAsync()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        return (organization, fixture.CreateApiClient(organization.ApiKey));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return await client.PostAsync("/api/documents", form, Ct);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/" + type, problem.GetProperty("type").GetString());
        Assert.Contains(reason, problem.GetProperty("error").GetString());
    }

    private async Task<long> CountAsync(string sql, Guid organizationId)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("org", organizationId);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>A valid 8-bit grayscale PNG, all black: rows of a filter byte and zeros, deflated.</summary>
    private static byte[] BlankGrayPng(int width, int height)
    {
        var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (gray), compression, filter, interlace all 0
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
