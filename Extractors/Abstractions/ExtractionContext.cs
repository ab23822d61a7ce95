namespace Intake.Extractors;

/// <summary>What the Processor knows about the document besides its content.</summary>
public sealed record ExtractionContext
{
    /// <summary>The name the document was uploaded with (<c>invoice-2018-06.pdf</c>), or null when none was given; a hint, never proof of the type.</summary>
    public string? FileName { get; init; }

    /// <summary>Language hints, most likely first (<c>de</c>, <c>en</c>): they settle ambiguous dates such as 05/06/2018.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Signalled when the time limit passes; a long extraction should stop early.</summary>
    public CancellationToken CancellationToken { get; init; }
}
