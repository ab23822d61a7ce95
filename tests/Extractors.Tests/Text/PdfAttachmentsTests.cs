using System.Text;
using Intake.Extractors.Text;

namespace Intake.Extractors.Tests.Text;

/// <summary>Which PDFs pay for pdfdetach: those whose bytes hold an embedded file stream, wherever it falls.</summary>
public sealed class PdfAttachmentsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(64 * 1024 - 5, true)] // across the first two blocks read
    [InlineData(200_000, true)]
    [InlineData(-1, false)]
    public async Task The_embedded_file_marker_is_found_wherever_it_stands(int at, bool expected)
    {
        var bytes = new byte[300_000];
        Array.Fill(bytes, (byte)'x');
        if (at >= 0)
        {
            Encoding.ASCII.GetBytes("/EmbeddedFile").CopyTo(bytes, at);
        }

        var path = Path.Combine(Path.GetTempPath(), $"intake-marker-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal(expected, await PdfAttachments.CarriesFilesAsync(path, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Only_XML_entries_of_pdfdetach_list_are_taken_with_their_numbers()
    {
        Assert.Equal([(1, "factur-x.xml"), (3, "XRECHNUNG.XML")], PdfAttachments.XmlEntries("3 embedded files\n1: factur-x.xml\n2: logo.png\n3: XRECHNUNG.XML\n"));
    }
}
