using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Api.Uploads;

/// <summary>
/// Reads a PDF's page count from its page tree (the <c>/Count</c> of its root <c>/Pages</c>
/// node), in-process and in one pass, so an upload with too many pages is refused at once
/// instead of failing minutes later. Page trees kept in compressed object streams are
/// inflated (within a size cap). Null when no page tree is found: the Processor's own
/// limit, which opens the file with poppler, still applies then.
/// </summary>
public static partial class PdfPageCounter
{
    /// <summary>Most bytes one object stream may inflate to; more than any page tree needs, far less than a bomb.</summary>
    private const int MaxInflatedBytes = 8 * 1024 * 1024;

    public static int? Count(ReadOnlySpan<byte> pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = LargestPageTreeCount(text);
        foreach (var objectStream in ObjectStreams(text))
        {
            if (LargestPageTreeCount(objectStream) is { } inStream && inStream > (count ?? 0))
            {
                count = inStream;
            }
        }

        return count;
    }

    /// <summary>The largest <c>/Count</c> of any <c>/Type /Pages</c> dictionary: the root counts every page below it.</summary>
    private static int? LargestPageTreeCount(string text)
    {
        int? largest = null;
        foreach (Match type in PagesType().Matches(text))
        {
            if (EnclosingDictionary(text, type.Index) is { } dictionary
                && PageCount().Match(text[dictionary]) is { Success: true } count
                && int.TryParse(count.Groups[1].ValueSpan, out var pages) && pages > (largest ?? -1))
            {
                largest = pages;
            }
        }

        return largest;
    }

    /// <summary>The inflated content of each <c>/Type /ObjStm</c> stream compressed with <c>/FlateDecode</c>.</summary>
    private static IEnumerable<string> ObjectStreams(string text)
    {
        foreach (Match type in ObjectStreamType().Matches(text))
        {
            if (EnclosingDictionary(text, type.Index) is not { } dictionary
                || !text.AsSpan(dictionary).Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            var dictionaryEnd = dictionary.End.Value;
            var keyword = StreamKeyword().Match(text, dictionaryEnd);
            var end = keyword.Success ? text.IndexOf("endstream", keyword.Index + keyword.Length, StringComparison.Ordinal) : -1;
            if (!keyword.Success || keyword.Index - dictionaryEnd > 16 || end < 0)
            {
                continue;
            }

            if (Inflate(text.AsSpan(keyword.Index + keyword.Length, end - keyword.Index - keyword.Length)) is { } inflated)
            {
                yield return inflated;
            }
        }
    }

    private static string? Inflate(ReadOnlySpan<char> latin1)
    {
        var compressed = new byte[latin1.Length];
        Encoding.Latin1.GetBytes(latin1, compressed);
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[MaxInflatedBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = zlib.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return Encoding.Latin1.GetString(buffer, 0, length);
        }
        catch (InvalidDataException)
        {
            // A damaged stream: the Processor will say what is wrong with the file.
            return null;
        }
    }

    /// <summary>Where the innermost <c>&lt;&lt; … &gt;&gt;</c> around <paramref name="position"/> lies, or null if it is not inside one.</summary>
    private static Range? EnclosingDictionary(string text, int position)
    {
        var depth = 0;
        var start = -1;
        for (var i = position - 1; i > 0; i--)
        {
            if (text[i] == '>' && text[i - 1] == '>')
            {
                depth++;
                i--;
            }
            else if (text[i] == '<' && text[i - 1] == '<')
            {
                if (depth == 0)
                {
                    start = i - 1;
                    break;
                }

                depth--;
                i--;
            }
        }

        if (start < 0)
        {
            return null;
        }

        depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return start..(i + 1);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"/Type\s*/Pages(?![A-Za-z0-9])")]
    private static partial Regex PagesType();

    [GeneratedRegex(@"/Count\s+(\d{1,9})")]
    private static partial Regex PageCount();

    [GeneratedRegex(@"/Type\s*/ObjStm(?![A-Za-z0-9])")]
    private static partial Regex ObjectStreamType();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamKeyword();
}
