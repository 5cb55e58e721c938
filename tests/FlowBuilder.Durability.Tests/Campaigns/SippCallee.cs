using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace FlowBuilder.Durability.Tests.Campaigns;

/// <summary>SIPp as a campaign's callees (scenarios/uas-campaign-callee.xml: by the dialled number's last digit 0-5 answer,
/// 6-7 busy, 8-9 ring until cancelled) on a free loopback UDP port; stopped by its own PID (SIGTERM, then kill).</summary>
internal sealed class SippCallee : IAsyncDisposable
{
    private const int Sigterm = 15;
    private readonly Process _process;
    private readonly string _directory;

    private SippCallee(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <param name="traceMessages">Logs every SIP message to a file (-trace_msg), for <see cref="InvitesTo"/>.</param>
    public static SippCallee Start(bool traceMessages = false)
    {
        var port = FreeUdpPort();
        var directory = Directory.CreateTempSubdirectory("sipp-campaign-").FullName;
        var scenario = Path.Combine(AppContext.BaseDirectory, "scenarios", "uas-campaign-callee.xml");
        var info = new ProcessStartInfo("sipp")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-sf", scenario, "-i", "127.0.0.1", "-p", Text(port), "-mp", Text(FreeUdpPort()), "-nostdin", "-timeout", "600s", "-trace_err" })
            info.ArgumentList.Add(argument);
        if (traceMessages) info.ArgumentList.Add("-trace_msg");
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("sipp did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("SIPp is required: install the Debian package sip-tester (apt-get install -y sip-tester).", error);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SippCallee(process, directory, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, Sigterm);
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(3));
            }
            catch (TimeoutException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, true);
        }
        catch (IOException)
        {
            // a trace file still held by the dying sipp; the temp folder is cleaned by the OS
        }
    }

    /// <summary>How many INVITEs for <paramref name="number"/> SIPp has received so far (needs <c>traceMessages</c>).</summary>
    public int InvitesTo(string number)
    {
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(_directory, "*_messages.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
                if (line.StartsWith("INVITE sip:" + number + "@", StringComparison.Ordinal)) count++;
        }
        return count;
    }

    public static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
