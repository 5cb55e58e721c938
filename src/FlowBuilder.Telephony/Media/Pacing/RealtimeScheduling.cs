using System.Runtime.InteropServices;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>Moves the calling thread to the Linux SCHED_FIFO real-time class (libc <c>sched_setscheduler</c>).</summary>
internal static class RealtimeScheduling
{
    private const int SchedFifo = 1;
    private const int Eperm = 1;

    /// <summary>
    /// Raises the calling thread to SCHED_FIFO at <paramref name="priority"/> (1-99). Returns null on success,
    /// otherwise why not (not Linux, not permitted, libc missing); the thread keeps its normal priority then.
    /// </summary>
    public static string? TryRaiseCurrentThread(int priority)
    {
        if (!OperatingSystem.IsLinux()) return "real-time scheduling is only implemented on Linux";
        try
        {
            var parameters = new SchedParam { Priority = priority };
            // pid 0 is the calling task, which on Linux is this thread, not the whole process.
            if (sched_setscheduler(0, SchedFifo, ref parameters) == 0) return null;
            var errno = Marshal.GetLastPInvokeError();
            return errno == Eperm
                ? "SCHED_FIFO not permitted: grant CAP_SYS_NICE or raise RLIMIT_RTPRIO (ulimit -r) for the service user"
                : $"sched_setscheduler failed with errno {errno}";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return $"libc sched_setscheduler is unavailable: {e.Message}";
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int sched_setscheduler(int pid, int policy, ref SchedParam param);

    [StructLayout(LayoutKind.Sequential)]
    private struct SchedParam
    {
        public int Priority;
    }
}
