using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>Stops a peer program by its own PID: SIGTERM first, a kill if it has not exited within
/// three seconds; then deletes its working folder.</summary>
internal static class PeerProcessStop
{
    private const int Sigterm = 15;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    public static async Task StopAsync(Process process)
    {
        if (process.HasExited) return;
        _ = Kill(process.Id, Sigterm);
        try
        {
            await process.WaitForExitAsync().WaitAsync(Grace);
        }
        catch (TimeoutException)
        {
            process.Kill();
            await process.WaitForExitAsync().WaitAsync(Grace);
        }
    }

    public static void DeleteFolder(string directory)
    {
        try
        {
            Directory.Delete(directory, true);
        }
        catch (IOException)
        {
            // a file still held by the dying peer; the temp folder is cleaned by the OS
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
