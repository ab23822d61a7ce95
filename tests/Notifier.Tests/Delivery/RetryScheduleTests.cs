using Intake.Notifier.Delivery;

namespace Intake.Notifier.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 120)]
    [InlineData(3, 900)]
    [InlineData(4, 3600)]
    [InlineData(5, 14400)]
    public void Each_retry_waits_its_step_within_ten_percent(int attemptsMade, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds * 0.9), Schedule.NextDelay(attemptsMade, null, 0.0));
        Assert.Equal(TimeSpan.FromSeconds(seconds), Schedule.NextDelay(attemptsMade, null, 0.5));
        Assert.True(Schedule.NextDelay(attemptsMade, null, 0.999999) < TimeSpan.FromSeconds(seconds * 1.1));
    }

    [Fact]
    public void After_the_first_attempt_and_five_retries_there_is_no_next()
    {
        Assert.Equal(6, Schedule.MaxAttempts);
        Assert.Null(Schedule.NextDelay(6, null, 0.5));
        Assert.Null(Schedule.NextDelay(6, TimeSpan.FromSeconds(1), 0.5));
    }

    [Fact]
    public void Retry_After_pushes_a_retry_later_but_never_past_the_next_step()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), Schedule.NextDelay(1, TimeSpan.FromSeconds(90), 0.5));
        Assert.Equal(TimeSpan.FromMinutes(2), Schedule.NextDelay(1, TimeSpan.FromHours(3), 0.5));
    }

    [Fact]
    public void Retry_After_shorter_than_the_schedule_does_not_hurry_it() =>
        Assert.Equal(TimeSpan.FromSeconds(30), Schedule.NextDelay(1, TimeSpan.FromSeconds(1), 0.5));
}
