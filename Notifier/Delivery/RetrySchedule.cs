namespace Intake.Notifier.Delivery;

/// <summary>
/// When the next attempt of a delivery is due (DESIGN.md: 1 attempt + 5 retries, after 30 s,
/// 2 min, 15 min, 1 h and 4 h, each ±10 % jitter, so endpoints coming back are not hit by a
/// thundering herd). A <c>Retry-After</c> the receiver sends is honoured within the schedule:
/// it can push the retry later, up to the next step's delay, never earlier than ours.
/// </summary>
public sealed class RetrySchedule(IReadOnlyList<TimeSpan> delays, double jitter = 0.1)
{
    public static RetrySchedule Default { get; } = new([
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4),
    ]);

    /// <summary>Attempts in all: the first and one per delay.</summary>
    public int MaxAttempts => delays.Count + 1;

    /// <param name="attemptsMade">Attempts so far (1 after the first).</param>
    /// <param name="retryAfter">The receiver's <c>Retry-After</c>, if it sent one with a 429 or 503.</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    /// <returns>The delay before the next attempt, or null when the retries are used up.</returns>
    public TimeSpan? NextDelay(int attemptsMade, TimeSpan? retryAfter, double random)
    {
        if (attemptsMade >= MaxAttempts)
        {
            return null;
        }

        var planned = delays[attemptsMade - 1];
        var jittered = planned * (1 + (jitter * ((2 * random) - 1)));
        if (retryAfter is not { } asked || asked <= jittered)
        {
            return jittered;
        }

        // Within the schedule: no later than the step after this one would have been.
        var ceiling = attemptsMade < delays.Count ? delays[attemptsMade] : planned;
        return asked < ceiling ? asked : ceiling;
    }
}
