using System.Runtime.InteropServices;

namespace Intake.AppHost.Hosting;

/// <summary>POSIX signals sent to whole process groups, which .NET's Process API cannot do.</summary>
public static partial class Signals
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    /// <summary>Sends <paramref name="signal"/> to every process in the group led by <paramref name="groupLeader"/>.</summary>
    public static bool SendToGroup(int groupLeader, int signal) => kill(-groupLeader, signal) == 0;

    public static bool Send(int pid, int signal) => kill(pid, signal) == 0;

    /// <summary>True while any process of the group is alive (signal 0 only probes).</summary>
    public static bool GroupAlive(int groupLeader) => kill(-groupLeader, 0) == 0;

    public static bool IsRoot => geteuid() == 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int sig);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
