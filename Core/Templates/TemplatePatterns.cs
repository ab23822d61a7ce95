using System.Text.RegularExpressions;

namespace Intake.Core.Templates;

/// <summary>
/// The one way template patterns become regular expressions: with a match timeout, so that a
/// pattern that backtracks catastrophically costs a bounded time instead of a Processor thread.
/// </summary>
public static partial class TemplatePatterns
{
    /// <summary>How long one match may run; ample for a line of a document.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>The group whose text is a field's value, when the pattern has one.</summary>
    public const string ValueGroup = "value";

    /// <summary>Inputs a pattern must get through within the timeout to be accepted: long runs of what documents are made of.</summary>
    private static readonly string[] Probes =
    [
        new string('a', 4000) + "!",
        new string('1', 4000) + "x",
        string.Concat(Enumerable.Repeat("ab ", 1500)) + "\n!",
        string.Concat(Enumerable.Repeat("1.2,3 ", 800)) + "€",
    ];

    // Parsed once per distinct pattern, not once per document: a template's patterns run on every document of its jobs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Parsed = new(StringComparer.Ordinal);

    /// <summary>The pattern's regular expression; throws <see cref="ArgumentException"/> when it is not one.</summary>
    public static Regex Create(string pattern)
    {
        if (Parsed.TryGetValue(pattern, out var regex))
        {
            return regex;
        }

        regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, MatchTimeout);
        // Bounded: templates are few, but patterns that only ever failed validation must not pile up.
        if (Parsed.Count < 10_000)
        {
            Parsed.TryAdd(pattern, regex);
        }

        return regex;
    }

    /// <summary>Why <paramref name="pattern"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        Regex regex;
        try
        {
            regex = Create(pattern);
        }
        catch (ArgumentException e)
        {
            return $"is not a valid regular expression: {e.Message}";
        }

        // Also behind the pattern's own leading words: "^Total (\d+)+$" only backtracks after "Total ".
        var prefix = LeadingLiteral().Match(pattern).Groups["text"].Value;
        try
        {
            foreach (var probe in Probes.Concat(prefix.Length > 0 ? Probes.Select(p => prefix + p) : []))
            {
                regex.Match(probe);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return $"takes longer than {MatchTimeout.TotalMilliseconds:0} ms on a long line (catastrophic backtracking); make its repetitions unambiguous, e.g. (a+)+ → a+";
        }

        return null;
    }

    [GeneratedRegex(@"^\^?(?<text>[\p{L}\p{N} :#.,/-]*)")]
    private static partial Regex LeadingLiteral();
}
