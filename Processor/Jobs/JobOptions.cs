namespace Intake.Processor.Jobs;

/// <summary>Section <c>Jobs</c>: how the Processor takes work from the queue.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>How long a claim holds without renewal; a crashed worker's job is taken over after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the queue is looked at when no wake-up arrives (Redis down, or a missed message).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Jobs one Processor works on at once.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>Most pages read from one document.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Time limit of one pdftotext, pdftoppm or tesseract run.</summary>
    public TimeSpan ToolTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// tesseract's languages for scans and photos, joined by '+': each must be installed
    /// (build.sh installs eng, deu and fra). The extractors read English, German and French;
    /// with all three, receipts' dates came out right 85 % of the time against 77 % with eng
    /// alone (bench/Accuracy), for about 1.9 times the OCR time.
    /// </summary>
    public string OcrLanguages { get; set; } = "eng+deu+fra";
}
