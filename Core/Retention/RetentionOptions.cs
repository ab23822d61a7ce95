namespace Intake.Core.Retention;

/// <summary>How the retention purge runs; how long things are kept is each organization's setting.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>How often the purge looks for originals and results past their organization's retention.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Documents handled per transaction: each batch's rows stay locked while their files are deleted.</summary>
    public int BatchSize { get; set; } = 200;
}
