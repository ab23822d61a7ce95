namespace Intake.Core.Jobs;

/// <summary>A job's status, spelled as the seeds' clients read it from <c>GET /job-status</c>.</summary>
public static class JobStatus
{
    public const string New = "NEW";
    public const string Unzipping = "UNZIPPING FILE";
    public const string UnzipSucceeded = "UNZIP FILE SUCCESS";
    public const string UnzipFailed = "UNZIP FILE FAILED";
    public const string Processing = "PROCESSING IMAGE";
    public const string ProcessSucceeded = "PROCESS IMAGE SUCCESS";
    public const string ProcessFailed = "PROCESS IMAGE FAILED";
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";
}
