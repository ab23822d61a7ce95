using System.Diagnostics;
using System.Text.RegularExpressions;
using Intake.Api.Uploads;

namespace Intake.Api.Tests.Uploads;

public sealed class PdfPageCounterTests
{
    public static TheoryData<string> CorpusPdfs() =>
        new(Directory.GetFiles(SharedCorpus.Root, "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(CorpusPdfs))]
    public void Every_corpus_pdf_has_the_page_count_pdfinfo_reads(string fileName)
    {
        var path = Directory.GetFiles(SharedCorpus.Root, fileName, SearchOption.AllDirectories).Single();

        Assert.Equal(PdfInfoPages(path), PdfPageCounter.Count(File.ReadAllBytes(path)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(75)]
    public void A_page_tree_inside_a_compressed_object_stream_is_counted(int pages)
    {
        var pdf = MinimalPdf.WithObjectStream(pages);
        using var scratch = new TempFile(pdf);

        Assert.Equal(pages, PdfInfoPages(scratch.Path)); // the file is a real PDF, not just one this counter reads
        Assert.Equal(pages, PdfPageCounter.Count(pdf));
    }

    [Fact]
    public void Bytes_without_a_page_tree_have_no_count() =>
        Assert.Null(PdfPageCounter.Count("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8));

    [Fact]
    public void A_damaged_object_stream_is_ignored_not_thrown_on() =>
        Assert.Null(PdfPageCounter.Count("%PDF-1.5\n1 0 obj << /Type /ObjStm /Filter /FlateDecode /Length 4 >>\nstream\nxxxx\nendstream endobj"u8));

    private static int PdfInfoPages(string path)
    {
        using var pdfinfo = Process.Start(new ProcessStartInfo("pdfinfo", [path]) { RedirectStandardOutput = true })!;
        var output = pdfinfo.StandardOutput.ReadToEnd();
        pdfinfo.WaitForExit();
        return int.Parse(Regex.Match(output, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value);
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] content)
        {
            Path = System.IO.Path.GetTempFileName();
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
