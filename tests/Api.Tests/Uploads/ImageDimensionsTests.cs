using System.Diagnostics;
using Intake.Api.Uploads;

namespace Intake.Api.Tests.Uploads;

public sealed class ImageDimensionsTests
{
    [Theory]
    [InlineData("-png", MediaTypeSniffer.Png, ".png")]
    [InlineData("-jpeg", MediaTypeSniffer.Jpeg, ".jpg")]
    [InlineData("-tiff", MediaTypeSniffer.Tiff, ".tif")]
    public void The_size_poppler_rendered_is_read_from_the_header(string format, string mediaType, string extension)
    {
        var directory = Directory.CreateTempSubdirectory("intake-image-size-").FullName;
        try
        {
            var prefix = Path.Combine(directory, "page");
            using (var render = Process.Start("pdftoppm",
                [format, "-singlefile", "-scale-to-x", "317", "-scale-to-y", "211", SharedCorpus.PathOf("invoices/zf028.pdf"), prefix])!)
            {
                render.WaitForExit();
                Assert.Equal(0, render.ExitCode);
            }

            var image = File.ReadAllBytes(prefix + extension);

            Assert.Equal(mediaType, MediaTypeSniffer.Sniff(image));
            Assert.Equal(new ImageSize(317, 211, 1), ImageDimensions.Read(image, mediaType));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_corpus_photo_has_a_readable_size()
    {
        foreach (var photo in Directory.GetFiles(SharedCorpus.PathOf("receipts"), "*.jpg"))
        {
            var size = ImageDimensions.Read(File.ReadAllBytes(photo), MediaTypeSniffer.Jpeg);
            Assert.True(size is { Width: > 100, Height: > 100, Frames: 1 }, $"{Path.GetFileName(photo)}: {size}");
        }
    }

    [Fact]
    public void Each_tiff_page_is_a_frame_and_the_largest_gives_the_size()
    {
        // Little-endian TIFF, two directories: 10 × 20, then 300 × 400 (LONG width, SHORT height).
        byte[] tiff =
        [
            0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0,
            2, 0, 0x00, 0x01, 3, 0, 1, 0, 0, 0, 10, 0, 0, 0, 0x01, 0x01, 3, 0, 1, 0, 0, 0, 20, 0, 0, 0, 38, 0, 0, 0,
            2, 0, 0x00, 0x01, 4, 0, 1, 0, 0, 0, 0x2C, 0x01, 0, 0, 0x01, 0x01, 3, 0, 1, 0, 0, 0, 0x90, 0x01, 0, 0, 0, 0, 0, 0,
        ];

        Assert.Equal(new ImageSize(300, 400, 2), ImageDimensions.Read(tiff, MediaTypeSniffer.Tiff));
    }

    [Fact]
    public void A_tiff_whose_directories_loop_ends_without_hanging()
    {
        byte[] tiff = [0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0, 0, 0, 8, 0, 0, 0];

        Assert.Equal(1, ImageDimensions.Read(tiff, MediaTypeSniffer.Tiff)!.Frames);
    }

    [Theory]
    [InlineData(MediaTypeSniffer.Png)]
    [InlineData(MediaTypeSniffer.Jpeg)]
    [InlineData(MediaTypeSniffer.Tiff)]
    public void A_cut_off_header_has_no_size(string mediaType) =>
        Assert.Null(ImageDimensions.Read([0xFF, 0xD8, 0xFF, 0xE0, 0x00], mediaType));
}
