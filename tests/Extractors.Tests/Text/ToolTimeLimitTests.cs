using Intake.Extractors.Text;

namespace Intake.Extractors.Tests.Text;

[CollectionDefinition(nameof(ToolProcesses), DisableParallelization = true)]
public sealed class ToolProcesses;

/// <summary>Counts this process's tool children and temporary directories, so these tests run alone.</summary>
[Collection(nameof(ToolProcesses))]
public sealed class ToolTimeLimitTests
{
    private static readonly string[] Tools = ["pdfinfo", "pdftotext", "pdftoppm", "tesseract", "sleep"];

    [Theory]
    [InlineData("invoices/zf028.pdf")]
    [InlineData("receipts/sroie000.jpg")]
    public async Task A_tool_that_overruns_its_time_limit_is_killed_and_reported_as_timeout(string document)
    {
        var options = new TextAcquisitionOptions { ToolTimeLimit = TimeSpan.FromMilliseconds(1) };

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(
            () => DocumentTextReader.ReadAsync(Corpus.File(document), options, TestContext.Current.CancellationToken));

        Assert.Equal(TextAcquisitionErrorCodes.Timeout, error.Code);
        Assert.Empty(RunningTools());
    }

    [Fact]
    public async Task A_timed_out_tool_is_killed_with_the_processes_it_started()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => ExternalTool.RunAsync(
            "sh", ["-c", "sleep 30 & sleep 30; wait"], TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken));

        Assert.Equal(TextAcquisitionErrorCodes.Timeout, error.Code);
        Assert.Equal("sh", error.Tool);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(3));
        Assert.Empty(RunningTools());
    }

    [Fact]
    public async Task A_background_child_that_keeps_the_output_open_after_the_tool_exits_is_killed_at_the_limit()
    {
        var pidFile = Path.Combine(Path.GetTempPath(), $"intake-text-tests-{Guid.NewGuid():N}.pid");
        var started = System.Diagnostics.Stopwatch.StartNew();

        // The shell exits at once; the sleep it leaves behind inherits stdout and is no longer its child.
        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => ExternalTool.RunAsync(
            "sh", ["-c", $"sleep 30 & echo $! > {pidFile}"], TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));

        Assert.Equal(TextAcquisitionErrorCodes.Timeout, error.Code);
        Assert.InRange(started.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
        var orphan = int.Parse(File.ReadAllText(pidFile).Trim());
        File.Delete(pidFile);
        // SIGKILL is delivered at once but a process dies when next scheduled: on a busy machine that is a moment later.
        var dying = System.Diagnostics.Stopwatch.StartNew();
        while (IsRunning(orphan) && dying.Elapsed < TimeSpan.FromSeconds(2))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(IsRunning(orphan), $"sleep ({orphan}) outlived the call by 2 s");
    }

    [Fact]
    public async Task Cancelling_stops_the_tool_and_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => DocumentTextReader.ReadAsync(Corpus.File("receipts/sroie001.jpg"), cancellationToken: cancellation.Token));

        Assert.Empty(RunningTools());
    }

    [Fact]
    public async Task The_temporary_directory_is_deleted_after_a_read_and_after_a_failure()
    {
        var before = ScratchDirectories();
        await using (var stream = File.OpenRead(Corpus.File("receipts/sroie000.jpg")))
        {
            await DocumentTextReader.ReadAsync(stream, DocumentMediaType.Jpeg, cancellationToken: TestContext.Current.CancellationToken);
        }

        await Assert.ThrowsAsync<TextAcquisitionException>(() => DocumentTextReader.ReadAsync(
            new MemoryStream([1, 2, 3]), DocumentMediaType.Pdf, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(before, ScratchDirectories());
    }

    [Fact]
    public async Task A_tool_that_exits_with_an_error_carries_its_stderr()
    {
        var error = await Assert.ThrowsAsync<TextAcquisitionException>(() => ExternalTool.RunAsync(
            "pdfinfo", ["/nonexistent/file.pdf"], TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        Assert.Equal(TextAcquisitionErrorCodes.ToolFailed, error.Code);
        Assert.Contains("file.pdf", error.ToolError);
    }

    private static string[] ScratchDirectories() =>
        Directory.GetDirectories(Path.GetTempPath(), "intake-text-*").Where(d => !Path.GetFileName(d).StartsWith("intake-text-tests-")).Order().ToArray();

    /// <summary>Whether <paramref name="pid"/> is alive; an exited process its new parent has not yet reaped is not.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Tool processes descended from this test process that have not exited (zombies aside).</summary>
    private static List<string> RunningTools()
    {
        var parents = new Dictionary<int, (int Parent, string Name, char State)>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid ...": comm may hold spaces, so split after its closing parenthesis.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var close = stat.LastIndexOf(')');
                var rest = stat[(close + 2)..].Split(' ');
                parents[pid] = (int.Parse(rest[1]), stat[(stat.IndexOf('(') + 1)..close], rest[0][0]);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        bool Descends(int pid) =>
            pid > 1 && parents.TryGetValue(pid, out var p) && (p.Parent == Environment.ProcessId || Descends(p.Parent));

        return parents
            .Where(p => Tools.Contains(p.Value.Name) && p.Value.State != 'Z' && Descends(p.Key))
            .Select(p => $"{p.Value.Name} ({p.Key})")
            .ToList();
    }
}
