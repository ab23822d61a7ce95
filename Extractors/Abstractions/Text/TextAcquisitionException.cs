namespace Intake.Extractors.Text;

/// <summary>
/// Why a document's text could not be read. <see cref="Code"/> is stable (one of
/// <see cref="TextAcquisitionErrorCodes"/>) for programs to branch on; the message is for people.
/// </summary>
public sealed class TextAcquisitionException(string code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Why, as one of the <see cref="TextAcquisitionErrorCodes"/> (<c>timeout</c>, <c>encrypted</c>, …); stable across versions.</summary>
    public string Code { get; } = code;

    /// <summary>The tool whose run failed (<c>pdftotext</c>), when one did.</summary>
    public string? Tool { get; init; }

    /// <summary>What the failed tool wrote to stderr, for logs; may be long.</summary>
    public string? ToolError { get; init; }
}

/// <summary>The values of <see cref="TextAcquisitionException.Code"/>: short snake_case strings, stable across versions.</summary>
public static class TextAcquisitionErrorCodes
{
    /// <summary>The PDF needs a password to open.</summary>
    public const string Encrypted = "encrypted";

    /// <summary>The file is not a readable PDF or image of its type.</summary>
    public const string Corrupt = "corrupt";

    /// <summary>The document was read, text layer and OCR, and holds no text at all.</summary>
    public const string Empty = "empty";

    /// <summary>The document has more pages than <see cref="TextAcquisitionOptions.MaxPages"/>.</summary>
    public const string TooManyPages = "too_many_pages";

    /// <summary>A tool overran <see cref="TextAcquisitionOptions.ToolTimeLimit"/> and was killed.</summary>
    public const string Timeout = "timeout";

    /// <summary>The file is of a type the text acquisition does not read.</summary>
    public const string UnsupportedType = "unsupported_type";

    /// <summary>A tool is missing or failed for a reason not covered above (see <see cref="TextAcquisitionException.ToolError"/>).</summary>
    public const string ToolFailed = "tool_failed";
}
