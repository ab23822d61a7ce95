using System.Buffers.Binary;

namespace Intake.Api.Uploads;

/// <summary>An image's size in pixels (its largest frame) and how many frames (TIFF pages) it holds.</summary>
public sealed record ImageSize(int Width, int Height, int Frames)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// Reads PNG, JPEG and TIFF headers for the image size, without decoding a pixel, so an image
/// too large to OCR is refused at upload. Null when the header cannot be read: the file is
/// then judged by the Processor, which fails it with the reason.
/// </summary>
public static class ImageDimensions
{
    /// <summary>Most TIFF directories followed; a loop of directory offsets must not hang the upload.</summary>
    private const int MaxTiffFrames = 10_000;

    public static ImageSize? Read(ReadOnlySpan<byte> image, string mediaType) => mediaType switch
    {
        MediaTypeSniffer.Png => Png(image),
        MediaTypeSniffer.Jpeg => Jpeg(image),
        MediaTypeSniffer.Tiff => Tiff(image),
        _ => null,
    };

    /// <summary>The IHDR chunk comes first: width and height, big-endian, at bytes 16 and 20.</summary>
    private static ImageSize? Png(ReadOnlySpan<byte> png) =>
        png.Length >= 24 && png[12..16].SequenceEqual("IHDR"u8)
            ? new ImageSize(BinaryPrimitives.ReadInt32BigEndian(png[16..]), BinaryPrimitives.ReadInt32BigEndian(png[20..]), 1)
            : null;

    /// <summary>Walks the marker segments up to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).</summary>
    private static ImageSize? Jpeg(ReadOnlySpan<byte> jpeg)
    {
        var position = 2;
        while (position + 4 <= jpeg.Length)
        {
            if (jpeg[position] != 0xFF)
            {
                return null;
            }

            var marker = jpeg[position + 1];
            if (marker == 0xFF)
            {
                position++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                position += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return position + 9 <= jpeg.Length
                    ? new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(jpeg[(position + 5)..]), 1)
                    : null;
            }

            if (marker == 0xDA || length < 2)
            {
                return null; // image data began with no frame header
            }

            position += 2 + length;
        }

        return null;
    }

    /// <summary>Follows the chain of image file directories; each one is a page, with its own ImageWidth (256) and ImageLength (257).</summary>
    private static ImageSize? Tiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return null;
        }

        var bigEndian = tiff[0] == 0x4D;
        uint U32(ReadOnlySpan<byte> at) => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(at) : BinaryPrimitives.ReadUInt32LittleEndian(at);
        ushort U16(ReadOnlySpan<byte> at) => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(at) : BinaryPrimitives.ReadUInt16LittleEndian(at);

        var (width, height, frames) = (0, 0, 0);
        var offset = U32(tiff[4..]);
        var seen = new HashSet<uint>();
        while (offset != 0 && offset + 2 <= (uint)tiff.Length && frames < MaxTiffFrames && seen.Add(offset))
        {
            var entries = U16(tiff[(int)offset..]);
            var end = (int)offset + 2 + (entries * 12);
            if (end + 4 > tiff.Length)
            {
                return null;
            }

            var (frameWidth, frameHeight) = (0u, 0u);
            for (var entry = (int)offset + 2; entry < end; entry += 12)
            {
                var tag = U16(tiff[entry..]);
                var value = U16(tiff[(entry + 2)..]) == 3 ? U16(tiff[(entry + 8)..]) : U32(tiff[(entry + 8)..]); // SHORT or LONG
                if (tag == 256)
                {
                    frameWidth = value;
                }
                else if (tag == 257)
                {
                    frameHeight = value;
                }
            }

            frames++;
            if ((long)frameWidth * frameHeight > (long)width * height)
            {
                (width, height) = ((int)Math.Min(frameWidth, int.MaxValue), (int)Math.Min(frameHeight, int.MaxValue));
            }

            offset = U32(tiff[end..]);
        }

        return frames == 0 ? null : new ImageSize(width, height, frames);
    }
}
