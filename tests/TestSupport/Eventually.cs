namespace Intake.Testing;

/// <summary>Polls for an outcome with a deadline, instead of sleeping: the one way tests wait for background work.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken cancellationToken, int timeoutSeconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Still not there after {timeoutSeconds} s: {value}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
