namespace Intake.Bench.Accuracy.Scoring;

/// <summary>
/// The scores of a run: per set and metric, correct out of the documents whose truth has a
/// value; classification over every document; the documents classified wrongly.
/// </summary>
public sealed record AccuracyScore(
    IReadOnlyList<SetScore> Sets, Tally Classification, IReadOnlyList<Misclassification> Misclassified, IReadOnlyList<DocumentScore> Documents)
{
    public static AccuracyScore Of(IReadOnlyList<(CorpusDocument Document, DocumentObservation Observation)> runs)
    {
        var documents = runs.Select(r => DocumentScore.Of(r.Document, r.Observation)).ToList();
        var sets = runs.Select(r => r.Document.Set).Distinct()
            .Select(set => SetScore.Of(set, documents.Where(d => d.Set == set.Folder).ToList()))
            .ToList();
        var misclassified = runs.Where(r => r.Observation.DocumentType != r.Document.Set.ExpectedType)
            .Select(r => new Misclassification(r.Document.Set.Folder + "/" + Path.GetFileName(r.Document.Path), r.Document.Set.ExpectedType,
                r.Observation.DocumentType, Math.Round(r.Observation.Score, 3), r.Observation.TextError))
            .ToList();
        return new AccuracyScore(sets, new Tally(runs.Count - misclassified.Count, runs.Count), misclassified, documents);
    }

    public SetScore? Set(string folder) => Sets.FirstOrDefault(s => s.Folder == folder);
}

/// <summary>Correct out of total; accuracy null when nothing was scored.</summary>
public sealed record Tally(int Correct, int Total)
{
    public double? Accuracy => Total == 0 ? null : Math.Round((double)Correct / Total, 4);
}

/// <summary>
/// One set: how many documents, how many classified as its type, and each metric's tally; and,
/// for metrics with truths the document's text does not contain, the tally without those.
/// </summary>
public sealed record SetScore(
    string Folder, string? ExpectedType, int Documents, int ClassifiedAsExpected, IReadOnlyDictionary<string, Tally> Fields,
    IReadOnlyDictionary<string, Tally> FieldsFoundInText)
{
    public static SetScore Of(CorpusSet set, IReadOnlyList<DocumentScore> documents)
    {
        var verdicts = set.Metrics.ToDictionary(m => m.Name, m => documents.SelectMany(d => d.Fields.Where(f => f.Metric == m.Name)).ToList());
        return new SetScore(
            set.Folder, set.ExpectedType, documents.Count, documents.Count(d => d.ClassifiedAsExpected),
            verdicts.ToDictionary(v => v.Key, v => new Tally(v.Value.Count(f => f.Correct), v.Value.Count)),
            verdicts.Where(v => v.Value.Any(f => f.InText == false))
                .ToDictionary(v => v.Key, v => new Tally(v.Value.Count(f => f.Correct), v.Value.Count(f => f.InText != false))));
    }
}

/// <summary>A document whose type is not the one its folder expects.</summary>
public sealed record Misclassification(string Document, string? Expected, string? Actual, double Score, string? TextError);

/// <summary>One document's classification and verdicts, for finding what went wrong.</summary>
public sealed record DocumentScore(
    string Set, string Document, string? ExpectedType, string? ActualType, bool ClassifiedAsExpected, IReadOnlyList<FieldVerdict> Fields,
    string? TextError, string? ExtractionError)
{
    public static DocumentScore Of(CorpusDocument document, DocumentObservation observation)
    {
        var asExpected = observation.DocumentType == document.Set.ExpectedType;
        return new DocumentScore(
            document.Set.Folder, document.Name, document.Set.ExpectedType, observation.DocumentType, asExpected,
            document.Set.Metrics.Select(m => m.Judge(document.Truth, observation, asExpected)).OfType<FieldVerdict>().ToList(),
            observation.TextError, observation.ExtractionError);
    }
}
