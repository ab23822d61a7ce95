namespace Intake.Api.Uploads;

/// <summary>A file as received, before it is checked.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>What the uploader asked for besides the file.</summary>
public sealed record UploadRequest(string? DocumentType = null, string? TemplateId = null, string? StaticValuesJson = null, string? MetadataJson = null);

/// <summary>An accepted upload: the job and its documents.</summary>
public sealed record AcceptedUpload(Guid JobId, IReadOnlyList<(Guid DocumentId, string FileName)> Documents);
