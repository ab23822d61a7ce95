namespace Intake.Tools.Generator;

/// <summary>
/// Each generated document's own seed, from its set's seed, its index and its kind, so a
/// document stays the same whatever the set's size; not HashCode.Combine, whose results change
/// from one process to the next.
/// </summary>
internal static class SetSeeds
{
    public static int Of(int seed, int index, int kind) => unchecked(seed * 7919 + index * 104729 + kind * 15485863) & int.MaxValue;

    /// <summary>The scan noise's seed for the same document, apart from the sequence that invented it.</summary>
    public static int ScanOf(int seed, int index, int kind) => Of(seed, index, kind) ^ 0x5CA7;
}
