using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Testing;

/// <summary>Writes the small PDFs the tests need and no installed tool makes: image-only pages, password protection, object streams.</summary>
public static class MinimalPdf
{
    /// <summary>A one-page PDF whose page is only an image (no text layer): a corpus PDF's first page, rasterised.</summary>
    public static void WriteImageOnly(string sourcePdf, string path, string scratchDirectory)
    {
        var prefix = Path.Combine(scratchDirectory, "raster");
        Run("pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile", sourcePdf, prefix);
        var (width, height, pixels) = ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(pixels);
        }

        // A4-ish in points at 150 dpi: 72/150 points per pixel.
        var (pageWidth, pageHeight) = (width * 72 / 150, height * 72 / 150);
        var drawing = Encoding.ASCII.GetBytes($"q {pageWidth} 0 0 {pageHeight} 0 0 cm /Im0 Do Q");
        Write(path,
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth} {pageHeight}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"),
            Stream($"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {compressed.Length} >>", compressed.ToArray()),
            Stream($"<< /Length {drawing.Length} >>", drawing),
        ]);
    }

    /// <summary>
    /// A one-page PDF that needs <paramref name="userPassword"/> to open: the standard security
    /// handler, revision 2 (40-bit RC4), as in the PDF 1.7 specification, section 7.6.3.
    /// </summary>
    public static void WritePasswordProtected(string path, string userPassword)
    {
        const int permissions = -44;
        var id = RandomNumberGenerator.GetBytes(16);
        var owner = Rc4(MD5.HashData(Pad("owner-" + userPassword))[..5], Pad(userPassword));
        var key = MD5.HashData([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(permissions), .. id])[..5];
        var user = Rc4(key, Pad(""));
        Write(path,
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
            Ascii($"<< /Filter /Standard /V 1 /R 2 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {permissions} >>"),
        ],
        $"/Encrypt 4 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>]");
    }

    /// <summary>
    /// A PDF 1.5 of <paramref name="pages"/> blank pages whose catalog and page tree live in a
    /// compressed object stream, indexed by a cross-reference stream, as many producers write them.
    /// </summary>
    public static byte[] WithObjectStream(int pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(3, pages).Select(n => $"{n} 0 R"))}] /Count {pages} >>",
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (body, index) in objects.Select((o, i) => (o, i)))
        {
            header.Append($"{index + 1} {bodies.Length} ");
            bodies.Append(body).Append('\n');
        }

        var content = Compress(Ascii(header.ToString() + bodies));
        var streamNumber = objects.Count + 1;
        using var file = new MemoryStream();
        file.Write("%PDF-1.5\n%\xE2\xE3\xCF\xD3\n"u8);
        var streamOffset = file.Position;
        file.Write(Ascii($"{streamNumber} 0 obj\n"));
        file.Write(Stream($"<< /Type /ObjStm /N {objects.Count} /First {header.Length} /Filter /FlateDecode /Length {content.Length} >>", content));
        file.Write("\nendobj\n"u8);

        // Cross-reference stream rows: type (1 byte), offset or object stream number (4), generation or index (2).
        var xrefOffset = file.Position;
        var rows = new MemoryStream();
        void Row(byte type, long field2, int field3)
        {
            rows.WriteByte(type);
            rows.Write([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3]);
        }

        Row(0, 0, 65535);
        for (var i = 0; i < objects.Count; i++)
        {
            Row(2, streamNumber, i);
        }

        Row(1, streamOffset, 0);
        Row(1, xrefOffset, 0);
        var size = streamNumber + 2;
        file.Write(Ascii($"{streamNumber + 1} 0 obj\n"));
        file.Write(Stream($"<< /Type /XRef /Size {size} /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>", rows.ToArray()));
        file.Write(Ascii($"\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n"));
        return file.ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private static void Write(string path, IReadOnlyList<byte[]> objects, string trailerExtras = "")
    {
        using var file = File.Create(path);
        file.Write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(file.Position);
            file.Write(Encoding.ASCII.GetBytes($"{number} 0 obj\n"));
            file.Write(body);
            file.Write("\nendobj\n"u8);
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtras} >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Encoding.ASCII.GetBytes(table.ToString()));
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Ascii(dictionary + "\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] pgm)
    {
        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            fields.Add(Encoding.ASCII.GetString(pgm, start, position - start));
            position++;
        }

        return fields[0] == "P5" ? (int.Parse(fields[1]), int.Parse(fields[2]), pgm[position..]) : throw new InvalidDataException("Not a binary PGM.");
    }

    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    private static byte[] Pad(string password) => [.. Encoding.Latin1.GetBytes(password).Take(32), .. Padding.Take(32 - Math.Min(32, password.Length))];

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {errors}");
        }
    }
}
