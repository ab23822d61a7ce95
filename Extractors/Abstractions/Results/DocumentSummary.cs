namespace Intake.Extractors.Results;

/// <summary>What every document type can say about itself, shown in lists and searched on.</summary>
public sealed record DocumentSummary(string? Description = null, decimal? TotalAmount = null, DateOnly? DocumentDate = null, string? Currency = null);
