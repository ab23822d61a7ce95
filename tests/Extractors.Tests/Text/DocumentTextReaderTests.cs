using Intake.Extractors.Content;
using Intake.Extractors.Text;
using Intake.Testing;

namespace Intake.Extractors.Tests.Text;

public sealed class DocumentTextReaderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_born_digital_pdf_is_read_from_its_text_layer_with_boxes_on_the_page()
    {
        var content = await DocumentTextReader.ReadAsync(Corpus.File("invoices/zf028.pdf"), cancellationToken: Cancellation);

        var page = Assert.Single(content.Pages);
        Assert.Equal(TextSource.TextLayer, page.Source);
        Assert.Equal((595, 842), (page.Width, page.Height));
        Assert.Contains("Rechnungsnummer", page.Text);
        Assert.Contains(page.Lines, l => l.Text == "Lieferant GmbH");
        Assert.All(page.Words, w =>
        {
            Assert.Equal(1.0, w.Confidence);
            AssertOnPage(w.Box);
        });
    }

    [Fact]
    public async Task Every_page_of_a_multi_page_pdf_is_read_in_order()
    {
        var content = await DocumentTextReader.ReadAsync(Corpus.File("invoices/zf082.pdf"), cancellationToken: Cancellation);

        Assert.Equal([1, 2, 3], content.Pages.Select(p => p.Number));
        Assert.All(content.Pages, p => Assert.NotEmpty(p.Lines));
    }

    [Fact]
    public async Task A_receipt_photo_is_read_by_ocr_with_confidences()
    {
        var content = await DocumentTextReader.ReadAsync(Corpus.File("receipts/sroie000.jpg"), cancellationToken: Cancellation);

        var page = Assert.Single(content.Pages);
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Equal((463, 1013), (page.Width, page.Height));
        Assert.Contains("JOHOR", page.Text);
        Assert.Contains("25/12/2018", page.Text);
        Assert.All(page.Words, w =>
        {
            Assert.InRange(w.Confidence, 0, 1);
            AssertOnPage(w.Box);
        });
        Assert.Contains(page.Words, w => w.Confidence is > 0.5 and < 1);
    }

    [Fact]
    public async Task An_image_can_be_read_from_a_stream()
    {
        await using var stream = File.OpenRead(Corpus.File("other/other03_lease.png"));

        var content = await DocumentTextReader.ReadAsync(stream, DocumentMediaType.Png, cancellationToken: Cancellation);

        Assert.Equal(TextSource.Ocr, Assert.Single(content.Pages).Source);
        Assert.False(content.IsEmpty);
    }

    [Fact]
    public async Task A_pdf_page_without_a_text_layer_is_read_by_ocr()
    {
        using var directory = new TestDirectory();
        var scan = directory.File("scan.pdf");
        MinimalPdf.WriteImageOnly(Corpus.File("invoices/zf028.pdf"), scan, directory.Path);

        var content = await DocumentTextReader.ReadAsync(scan, cancellationToken: Cancellation);

        var page = Assert.Single(content.Pages);
        Assert.Equal(TextSource.Ocr, page.Source);
        Assert.Contains("RECHNUNG", page.Text);
        Assert.Contains("Deutschland", page.Text);
        Assert.All(page.Words, w => AssertOnPage(w.Box));
    }

    [Fact]
    public async Task A_pdf_that_needs_a_password_is_refused_as_encrypted()
    {
        using var directory = new TestDirectory();
        var locked = directory.File("locked.pdf");
        MinimalPdf.WritePasswordProtected(locked, "secret");

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => DocumentTextReader.ReadAsync(locked, cancellationToken: Cancellation));

        Assert.Equal(TextAcquisitionErrorCodes.Encrypted, error.Code);
        Assert.Contains("password", error.Message);
    }

    [Theory]
    [InlineData("noise.pdf")]
    [InlineData("noise.jpg")]
    [InlineData("noise.png")]
    public async Task Random_bytes_are_refused_as_corrupt(string name)
    {
        using var directory = new TestDirectory();
        var path = directory.File(name);
        await File.WriteAllBytesAsync(path, new Random(42).GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 4096), Cancellation);

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => DocumentTextReader.ReadAsync(path, cancellationToken: Cancellation));

        Assert.Equal(TextAcquisitionErrorCodes.Corrupt, error.Code);
    }

    [Fact]
    public async Task A_document_with_more_pages_than_allowed_is_refused()
    {
        var options = new TextAcquisitionOptions { MaxPages = 2 };

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(
            () => DocumentTextReader.ReadAsync(Corpus.File("invoices/zf082.pdf"), options, Cancellation));

        Assert.Equal(TextAcquisitionErrorCodes.TooManyPages, error.Code);
        Assert.Contains("more than 2 pages", error.Message);
    }

    [Fact]
    public async Task A_file_of_another_kind_is_unsupported()
    {
        using var directory = new TestDirectory();
        var path = directory.File("letter.docx");
        await File.WriteAllTextAsync(path, "PK", Cancellation);

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => DocumentTextReader.ReadAsync(path, cancellationToken: Cancellation));

        Assert.Equal(TextAcquisitionErrorCodes.UnsupportedType, error.Code);
    }

    [Fact]
    public async Task An_ocr_language_that_is_not_installed_is_reported_not_skipped()
    {
        var options = new TextAcquisitionOptions { OcrLanguages = "eng+zzz" };

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(
            () => DocumentTextReader.ReadAsync(Corpus.File("receipts/sroie000.jpg"), options, Cancellation));

        Assert.Equal(TextAcquisitionErrorCodes.ToolFailed, error.Code);
        Assert.Contains("eng+zzz", error.Message);
    }

    [Theory]
    [InlineData("-c")]
    [InlineData("eng deu")]
    [InlineData("")]
    public async Task Ocr_languages_that_are_not_language_codes_are_rejected(string languages)
    {
        var options = new TextAcquisitionOptions { OcrLanguages = languages };

        await Assert.ThrowsAsync<ArgumentException>(() => DocumentTextReader.ReadAsync(Corpus.File("receipts/sroie000.jpg"), options, Cancellation));
    }

    [Fact]
    public void Several_ocr_languages_joined_by_plus_are_accepted()
    {
        new TextAcquisitionOptions { OcrLanguages = "eng+deu+fra" }.Validate();
    }

    private static void AssertOnPage(BoundingBox box)
    {
        Assert.InRange(box.Left, 0, 1);
        Assert.InRange(box.Top, 0, 1);
        Assert.InRange(box.Right, 0, 1);
        Assert.InRange(box.Bottom, 0, 1);
        Assert.True(box.Width > 0 && box.Height > 0, $"empty box {box}");
    }
}
