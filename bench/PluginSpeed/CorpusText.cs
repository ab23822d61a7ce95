using System.Text.Json;
using Intake.Extractors.Content;
using Intake.Extractors.Text;

namespace Intake.Bench.PluginSpeed;

/// <summary>One corpus document's text, read once and kept in memory for every repetition.</summary>
public sealed record CorpusDocument(string Folder, string Name, DocumentContent Content);

/// <summary>
/// Reads the corpus's text with the SDK's <see cref="DocumentTextReader"/> (OCR in eng+deu+fra for
/// photos). Reading the 60 receipts takes tesseract a minute or two, so the words are also kept in
/// a cache file beside the results, reused while every document's size and time stamp still match.
/// </summary>
public static class CorpusText
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static async Task<IReadOnlyList<CorpusDocument>> ReadAsync(string corpus, IReadOnlyList<string> folders, string? cacheFile)
    {
        var files = folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(corpus, folder))
                .Where(f => DocumentMediaTypes.FromFileName(f) is not null)
                .Order(StringComparer.Ordinal)
                .Select(f => (Folder: folder, Path: f)))
            .ToList();
        var cached = cacheFile is not null && File.Exists(cacheFile)
            ? JsonSerializer.Deserialize<List<CachedDocument>>(await File.ReadAllTextAsync(cacheFile), Json)!.ToDictionary(d => d.Key)
            : [];

        var options = new TextAcquisitionOptions { OcrLanguages = "eng+deu+fra" };
        var documents = new List<CorpusDocument>();
        var toCache = new List<CachedDocument>();
        foreach (var (folder, path) in files)
        {
            var key = KeyOf(folder, path);
            DocumentContent? content;
            if (cached.TryGetValue(key, out var hit))
            {
                content = hit.ToContent();
            }
            else
            {
                try
                {
                    content = await DocumentTextReader.ReadAsync(path, options);
                }
                catch (TextAcquisitionException e)
                {
                    Console.Error.WriteLine($"{folder}/{Path.GetFileName(path)}: no text ({e.Message}); left out.");
                    continue;
                }
            }

            documents.Add(new CorpusDocument(folder, Path.GetFileName(path), content));
            toCache.Add(CachedDocument.Of(key, content));
        }

        if (cacheFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            await File.WriteAllTextAsync(cacheFile, JsonSerializer.Serialize(toCache, Json));
        }

        return documents;
    }

    private static string KeyOf(string folder, string path)
    {
        var file = new FileInfo(path);
        return $"{folder}/{file.Name}:{file.Length}:{file.LastWriteTimeUtc.Ticks}";
    }

    private sealed record CachedWord(string Text, double Left, double Top, double Width, double Height, double Confidence);

    private sealed record CachedPage(int Number, double Width, double Height, TextSource Source, List<List<CachedWord>> Lines);

    private sealed record CachedDocument(string Key, List<CachedPage> Pages)
    {
        public static CachedDocument Of(string key, DocumentContent content) => new(key, content.Pages
            .Select(p => new CachedPage(p.Number, p.Width, p.Height, p.Source, p.Lines
                .Select(l => l.Words.Select(w => new CachedWord(w.Text, w.Box.Left, w.Box.Top, w.Box.Width, w.Box.Height, w.Confidence)).ToList())
                .ToList()))
            .ToList());

        // Lines are kept as arranged: ReadingOrder already ran when the text was first read.
        public DocumentContent ToContent() => new(Pages
            .Select(p => new Page(p.Number, p.Width, p.Height, p.Source, p.Lines
                .Select(l => new Line(l.Select(w => new Word(w.Text, new BoundingBox(w.Left, w.Top, w.Width, w.Height), w.Confidence)).ToList()))
                .ToList()))
            .ToList());
    }
}
