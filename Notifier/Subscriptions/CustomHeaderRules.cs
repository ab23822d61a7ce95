namespace Intake.Notifier.Subscriptions;

/// <summary>
/// Which headers a subscriber may add to deliveries: valid names and one-line values, and none
/// of the headers we own (signatures, ids, content type), so a delivery's meaning cannot be forged.
/// </summary>
public static class CustomHeaderRules
{
    public const int MaxHeaders = 20;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Connection", "User-Agent",
        "Authorization", "Expect", "Upgrade", "TE", "Trailer", "Keep-Alive", "Proxy-Authorization", "Cookie", "traceparent", "tracestate",
    };

    /// <returns>Null when the header may be set, else the reason.</returns>
    public static string? Check(string? name, string? value)
    {
        if (string.IsNullOrEmpty(name) || !name.All(IsTokenChar))
        {
            return $"'{name}' is not a valid header name.";
        }

        if (Reserved.Contains(name) || name.StartsWith("webhook-", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("X-Webhook-", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{name}' is set by Intake and cannot be overridden.";
        }

        return value is null || value.Any(c => c is '\r' or '\n' or '\0') || value.Length > 4096
            ? $"The value of '{name}' must be one line of at most 4096 characters."
            : null;
    }

    public static string? Check(IReadOnlyDictionary<string, string>? headers)
    {
        if (headers is null)
        {
            return null;
        }

        return headers.Count > MaxHeaders
            ? $"At most {MaxHeaders} custom headers."
            : headers.Select(h => Check(h.Key, h.Value)).FirstOrDefault(error => error is not null);
    }

    // RFC 9110 token characters.
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
