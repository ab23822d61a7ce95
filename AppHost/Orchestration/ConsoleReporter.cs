using Intake.AppHost.Hosting;

namespace Intake.AppHost.Orchestration;

/// <summary>
/// The AppHost's console: its own notices, the resource table once everything is healthy,
/// and each resource's output prefixed with its name. Until the table is printed, output
/// is held back (and shown only for a resource that fails to start) so start-up stays readable.
/// </summary>
public sealed class ConsoleReporter(bool quiet)
{
    private readonly Lock _gate = new();
    private bool _live;

    public bool Quiet { get; } = quiet;

    public void Notice(string message)
    {
        if (Quiet)
        {
            return;
        }

        lock (_gate)
        {
            Console.Out.WriteLine($"[apphost] {message}");
        }
    }

    /// <summary>True when the line was printed; false when the caller should keep it for a failure report.</summary>
    public bool Output(string instance, string line)
    {
        lock (_gate)
        {
            if (!_live || Quiet)
            {
                return false;
            }

            Console.Out.WriteLine($"{instance,-12}| {line}");
            return true;
        }
    }

    public void PrintTable(IEnumerable<ReplicaSnapshot> replicas)
    {
        lock (_gate)
        {
            _live = true;
            if (Quiet)
            {
                return;
            }

            var rows = replicas.Select(r => new[] { r.Instance, r.Kind.ToString(), r.State.ToString(), r.Urls }).ToList();
            string[] header = ["Resource", "Kind", "State", "Endpoint"];
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
            string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));

            Console.Out.WriteLine();
            Console.Out.WriteLine(Line(header));
            Console.Out.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray()));
            rows.ForEach(r => Console.Out.WriteLine(Line(r)));
            Console.Out.WriteLine();
        }
    }
}
