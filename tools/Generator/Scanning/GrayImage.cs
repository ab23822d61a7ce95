using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Intake.Tools.Generator.Scanning;

/// <summary>An 8-bit grey image: read from pdftoppm's binary PGM, written as PNG for PDFsharp.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width => width;
    public int Height => height;
    public byte[] Pixels => pixels;

    /// <summary>Reads a binary PGM (P5, maximum 255), as <c>pdftoppm -gray</c> writes it.</summary>
    public static GrayImage ReadPgm(byte[] file)
    {
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)file[position]) || file[position] == '#')
            {
                if (file[position] == '#')
                {
                    while (file[position] != '\n') { position++; }
                }

                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)file[position])) { position++; }
            return Encoding.ASCII.GetString(file, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException("Not a binary PGM image.");
        }

        var (w, h, max) = (int.Parse(Token()), int.Parse(Token()), int.Parse(Token()));
        if (max != 255)
        {
            throw new InvalidDataException($"PGM maximum {max} is not 255.");
        }

        position++; // the one whitespace byte before the raster
        return new GrayImage(w, h, file.AsSpan(position, w * h).ToArray());
    }

    /// <summary>A PNG of colour type 2 (RGB), which PDFsharp's importer reads; grey copied into each channel.</summary>
    public byte[] ToPng()
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(output, "IHDR", header);

        using var raster = new MemoryStream();
        using (var zlib = new ZLibStream(raster, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var grey = pixels[y * width + x];
                    row[1 + x * 3] = row[2 + x * 3] = row[3 + x * 3] = grey;
                }

                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT", raster.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
