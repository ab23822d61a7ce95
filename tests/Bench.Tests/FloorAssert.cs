using Intake.Bench.Accuracy.Scoring;

namespace Intake.Bench.Tests;

/// <summary>The one check of a field's figure against its floor, for every floor test.</summary>
internal static class FloorAssert
{
    public static void AtOrAbove(AccuracyScore score, string set, string metric, double floor)
    {
        var tally = score.Set(set)?.Fields[metric];
        Assert.NotNull(tally);
        Assert.True(tally.Accuracy >= floor, $"{set}.{metric}: {tally.Correct}/{tally.Total} = {tally.Accuracy:P1}, under its floor {floor:P0}");
    }
}
