using System.IO.Compression;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Intake.Api.Uploads;

/// <summary>
/// Opens a ZIP batch: one document per supported file at the archive's root. Entries inside
/// folders, nested archives and unsupported files are skipped and reported; names that try to
/// leave the archive (<c>../</c>, absolute paths) and archives that would expand beyond the
/// limits refuse the whole upload. Sizes are checked as read, not only as declared.
/// </summary>
public static class ArchiveExpander
{
    public static (IReadOnlyList<UploadedFile> Files, IReadOnlyList<SkippedEntry> Skipped, ProblemHttpResult? Problem) Expand(
        byte[] archive, ArchiveOptions limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return Refuse(StatusCodes.Status400BadRequest, "too-many-entries", $"The archive lists {zip.Entries.Count} entries; at most {limits.MaxEntries} are accepted.");
            }

            var files = new List<UploadedFile>();
            var skipped = new List<SkippedEntry>();
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || name.Split('/').Contains("..") || name.Contains(':'))
                {
                    return Refuse(StatusCodes.Status400BadRequest, "unsafe-archive-entry", $"The archive entry '{entry.FullName}' points outside the archive.");
                }

                if (name.EndsWith('/'))
                {
                    continue; // a folder itself; its files are reported one by one
                }

                if (name.Contains('/'))
                {
                    skipped.Add(new SkippedEntry(entry.FullName, "inside a folder: only files at the archive's root are read"));
                    continue;
                }

                if (entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                {
                    return Refuse(StatusCodes.Status400BadRequest, "zip-bomb", $"'{entry.FullName}' would expand {entry.Length / entry.CompressedLength}-fold; the limit is {limits.MaxCompressionRatio}.");
                }

                expanded += entry.Length;
                if (expanded > limits.MaxUncompressedBytes)
                {
                    return Refuse(StatusCodes.Status413PayloadTooLarge, "archive-too-large", $"The archive expands to more than {limits.MaxUncompressedBytes} bytes.");
                }

                var content = Read(entry, limits.MaxUncompressedBytes);
                if (content is null)
                {
                    return Refuse(StatusCodes.Status400BadRequest, "zip-bomb", $"'{entry.FullName}' expands beyond its declared size.");
                }

                switch (MediaTypeSniffer.Sniff(content))
                {
                    case MediaTypeSniffer.Zip:
                        skipped.Add(new SkippedEntry(entry.FullName, "a nested archive: archives inside archives are not opened"));
                        break;
                    case null:
                        skipped.Add(new SkippedEntry(entry.FullName, "not a PDF, PNG, JPEG or TIFF file"));
                        break;
                    default:
                        files.Add(new UploadedFile(name, content));
                        break;
                }
            }

            if (files.Count > limits.MaxDocuments)
            {
                return Refuse(StatusCodes.Status400BadRequest, "too-many-documents", $"The archive holds {files.Count} documents; at most {limits.MaxDocuments} per job.");
            }

            return files.Count == 0
                ? Refuse(StatusCodes.Status400BadRequest, "empty-archive", "The archive holds no PDF, PNG, JPEG or TIFF file at its root.")
                : (files, skipped, null);
        }
        catch (InvalidDataException ex)
        {
            return Refuse(StatusCodes.Status400BadRequest, "corrupt-archive", $"The ZIP archive cannot be read: {ex.Message}");
        }
    }

    /// <summary>The entry's bytes, or null if it yields more than it declared (a lying header).</summary>
    private static byte[]? Read(ZipArchiveEntry entry, long cap)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > entry.Length || buffer.Length > cap)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static (IReadOnlyList<UploadedFile>, IReadOnlyList<SkippedEntry>, ProblemHttpResult?) Refuse(int status, string type, string detail) =>
        ([], [], ProblemDetailsExtensions.Problem(status, type, detail));
}

/// <summary>An archive entry that did not become a document, and why.</summary>
public sealed record SkippedEntry(string Name, string Reason);
