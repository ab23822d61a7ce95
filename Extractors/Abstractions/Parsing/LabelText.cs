using System.Collections.Concurrent;
using System.Text;

namespace Intake.Extractors.Parsing;

/// <summary>
/// Reduces a label to what survives OCR and typography: lower case; no diacritics, with "ü" and
/// "ue" (likewise ä/ae, ö/oe, ß/ss) made the same; no punctuation or spaces, since OCR both splits
/// and joins words; and one letter for each group OCR confuses (0/O, 1/l/I/|, 5/S, rn/m, cl/d,
/// vv/w). Both sides of a comparison go through it, so the mapping only needs to be consistent.
/// </summary>
internal static class LabelText
{
    private static readonly (string Read, string Meant)[] Spellings = [("ß", "ss"), ("ae", "a"), ("oe", "o"), ("ue", "u"), ("œ", "o"), ("æ", "a")];
    private static readonly (string Read, string Meant)[] ShapeConfusions = [("rn", "m"), ("cl", "d"), ("vv", "w")];

    /// <summary>The spellings, then the shape confusions: each pass works on what the passes before it left.</summary>
    private static readonly (string Read, string Meant)[] Replacements = [.. Spellings, .. ShapeConfusions];

    /// <summary>Texts this long or shorter are worked on the stack; labels and runs of a few words always are.</summary>
    private const int StackLength = 256;

    /// <summary>
    /// Classifiers compare every run of words on a page with every label they know, so the same
    /// few thousand short texts are normalised over and over: each is worked out once and kept.
    /// The memo is emptied when full, so a stream of new documents cannot grow it without end.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    private const int MemoCapacity = 50_000;

    /// <summary>Longer texts are lines or pages, seldom seen twice: they are not kept.</summary>
    private const int MemoTextLength = 64;

    private static int _memoCount;

    public static string Normalize(string text)
    {
        if (text.Length > MemoTextLength)
        {
            return Compute(text);
        }

        if (Memo.TryGetValue(text, out var known))
        {
            return known;
        }

        var normalized = Compute(text);
        if (Interlocked.Increment(ref _memoCount) > MemoCapacity)
        {
            Memo.Clear();
            Interlocked.Exchange(ref _memoCount, 0);
        }

        Memo.TryAdd(text, normalized);
        return normalized;
    }

    private static string Compute(string text)
    {
        // "ß" becomes two letters, so the work space is twice the text; each replacement reads one buffer and writes the other.
        var size = 2 * text.Length;
        Span<char> first = size <= StackLength ? stackalloc char[size] : new char[size];
        Span<char> second = size <= StackLength ? stackalloc char[size] : new char[size];
        var length = 0;
        foreach (var original in text)
        {
            var c = TextFolding.Fold(original);
            if (c is '|' or '!')
            {
                first[length++] = 'l';
            }
            else if (char.IsLetterOrDigit(c))
            {
                first[length++] = c;
            }
        }

        var letters = first;
        var spare = second;
        foreach (var (read, meant) in Replacements)
        {
            if (letters[..length].IndexOf(read.AsSpan()) < 0)
            {
                continue;
            }

            length = ReplaceAll(letters[..length], spare, read, meant);
            var filled = spare;
            spare = letters;
            letters = filled;
        }

        for (var i = 0; i < length; i++)
        {
            letters[i] = letters[i] switch
            {
                '0' => 'o',
                '1' or 'i' => 'l',
                '5' => 's',
                var other => other,
            };
        }

        return new string(letters[..length]);
    }

    /// <summary>Every occurrence of <paramref name="read"/>, left to right and not overlapping, replaced as <see cref="StringBuilder.Replace(string, string)"/> does; the new length.</summary>
    private static int ReplaceAll(ReadOnlySpan<char> source, Span<char> target, string read, string meant)
    {
        var written = 0;
        var i = 0;
        while (i < source.Length)
        {
            if (source[i..].StartsWith(read.AsSpan()))
            {
                meant.AsSpan().CopyTo(target[written..]);
                written += meant.Length;
                i += read.Length;
            }
            else
            {
                target[written++] = source[i++];
            }
        }

        return written;
    }
}
