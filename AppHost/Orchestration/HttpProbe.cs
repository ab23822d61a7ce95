namespace Intake.AppHost.Orchestration;

/// <summary>The one HttpClient every HTTP health check shares (probes run every 200 ms while resources start).</summary>
public static class HttpProbe
{
    // Each probe brings its own deadline through its cancellation token.
    private static readonly HttpClient Client = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static async Task<int> GetStatusAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return (int)response.StatusCode;
    }
}
