using System.Globalization;
using Intake.AppHost.Hosting;

namespace Intake.Bench.Ingestion;

/// <summary>
/// CPU seconds each resource's process tree has used, read from /proc: on a two-core machine
/// this says where a phase's time went (Api, object store, Postgres, the Processor and the
/// tools it runs). A tree's total includes children already gone (their time moves to the
/// parent's cutime/cstime when reaped), so tesseract runs count for the Processor.
/// </summary>
public sealed class ResourceCpu(DistributedApplication app)
{
    // USER_HZ: /proc counts CPU time in ticks of 1/100 s on every Linux .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>This process and the tools it ran: the load generator, and the bare tools.</summary>
    public const string Benchmark = "benchmark";

    /// <summary>Everything else the machine ran (another build, say): large values mean the figures are not to be trusted.</summary>
    public const string Outside = "outside";

    private const string Machine = "machine";

    /// <summary>CPU seconds so far, by resource name, plus <see cref="Benchmark"/> and the whole machine's.</summary>
    public IReadOnlyDictionary<string, double> Read()
    {
        var processes = ReadProcesses();
        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var seconds = app.Resources.ToDictionary(
            r => r.Name,
            r => ProcessIds(r.Name).Sum(pid => TreeTicks(pid, processes, children)) / TicksPerSecond);
        seconds[Benchmark] = processes.TryGetValue(Environment.ProcessId, out var self) ? (self.OwnTicks + self.ReapedChildrenTicks) / TicksPerSecond : 0;
        seconds[Machine] = MachineBusyTicks() / TicksPerSecond;
        return seconds;
    }

    /// <summary>
    /// What each resource used between two readings (a resource stopped in between counts from
    /// zero), and what the rest of the machine used, as <see cref="Outside"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Between(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after)
    {
        var used = after.ToDictionary(a => a.Key, a => Math.Max(0, a.Value - before.GetValueOrDefault(a.Key)));
        used[Outside] = Math.Max(0, used[Machine] - used.Where(u => u.Key != Machine).Sum(u => u.Value));
        used.Remove(Machine);
        return used.ToDictionary(u => u.Key, u => Math.Round(u.Value, 2));
    }

    /// <summary>The first line of /proc/stat: "cpu user nice system idle iowait irq softirq steal …", all cores.</summary>
    private static long MachineBusyTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + fields[7];
    }

    private IEnumerable<int> ProcessIds(string resource)
    {
        try
        {
            return app.GetReplicas(resource).Where(s => s.ProcessId is not null).Select(s => s.ProcessId!.Value).ToList();
        }
        catch (InvalidOperationException)
        {
            // A stopped resource's snapshot asks its disposed Process for an id, which throws: nothing runs, so nothing counts.
            return [];
        }
    }

    private static long TreeTicks(int root, Dictionary<int, ProcessTicks> processes, ILookup<int, int> children) =>
        processes.TryGetValue(root, out var process)
            ? process.OwnTicks + process.ReapedChildrenTicks + children[root].Sum(child => TreeTicks(child, processes, children))
            : 0;

    private static Dictionary<int, ProcessTicks> ReadProcesses()
    {
        var processes = new Dictionary<int, ProcessTicks>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                // "pid (comm) state ppid …": comm may hold spaces, so fields are counted after its ')'.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
                processes[pid] = new ProcessTicks((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone between listing and reading.
            }
        }

        return processes;
    }

    private sealed record ProcessTicks(int Parent, long OwnTicks, long ReapedChildrenTicks);
}
