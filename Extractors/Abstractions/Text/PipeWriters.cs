using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipes;

namespace Intake.Extractors.Text;

/// <summary>
/// Kills the processes that still hold the write end of pipes this process reads a tool's output
/// from. A child the tool started in the background ("sh -c 'sleep 60 &amp;'") is re-parented when
/// the tool exits, so <see cref="Process.Kill(bool)"/> on the tool no longer finds it, yet it keeps
/// the output open and would outlive the document. Linux only (it reads /proc); elsewhere a no-op.
/// </summary>
internal static class PipeWriters
{
    public static void Kill(params Stream[] readEnds)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var pipes = readEnds
            .OfType<PipeStream>()
            .Select(s => LinkTarget($"/proc/self/fd/{s.SafePipeHandle.DangerousGetHandle()}"))
            .OfType<string>()
            .ToHashSet();
        if (pipes.Count == 0)
        {
            return;
        }

        foreach (var pid in Holders(pipes))
        {
            try
            {
                using var holder = Process.GetProcessById(pid);
                holder.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception)
            {
                // It exited meanwhile, or is not ours to kill.
            }
        }
    }

    private static IEnumerable<int> Holders(HashSet<string> pipes)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string[] descriptors;
            try
            {
                descriptors = Directory.GetFiles(Path.Combine(directory, "fd"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or another user's process: neither can be one of the tool's.
                continue;
            }

            if (descriptors.Any(d => LinkTarget(d) is { } target && pipes.Contains(target)))
            {
                yield return pid;
            }
        }
    }

    /// <summary>What a /proc fd link names ("pipe:[12345]" for a pipe), or null when it is gone.</summary>
    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
