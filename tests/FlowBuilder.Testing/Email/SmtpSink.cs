using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FlowBuilder.Testing.Email;

/// <summary>
/// Postfix's smtp-sink on a free loopback port: a real SMTP server that takes every message and dumps each to a file in
/// <see cref="Folder"/> (or refuses what it is told to). Started listening (connect polled with a deadline), stopped on dispose.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/smtp-sink";
    private const string InstallHint = "smtp-sink is not installed: apt-get install postfix (tests/run-all.sh installs it)";
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Task<string> _errors;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _errors = process.StandardError.ReadToEndAsync();
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>How many messages smtp-sink has begun to dump so far (for "nothing was sent" once the sender is known to be done).</summary>
    public int DumpedCount => Directory.GetFiles(Folder).Length;

    /// <summary>Starts smtp-sink with <paramref name="options"/> added to its command line (e.g. <c>-f RCPT</c> to refuse recipients).</summary>
    public static async Task<SmtpSink> StartAsync(params string[] options)
    {
        if (!File.Exists(Executable)) throw new InvalidOperationException(InstallHint);
        var folder = Directory.CreateTempSubdirectory("flowbuilder-smtp-sink-").FullName;
        // smtp-sink drops root for -u nobody, who must be able to write the dumps.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        var port = FreePort();
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (Environment.IsPrivilegedProcess) { start.ArgumentList.Add("-u"); start.ArgumentList.Add("nobody"); }
        foreach (var option in (string[])["-d", Path.Combine(folder, "%M."), .. options, $"127.0.0.1:{port}", "10"]) start.ArgumentList.Add(option);

        var sink = new SmtpSink(Process.Start(start)!, folder, port);
        try
        {
            await sink.WaitUntilListeningAsync();
            return sink;
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }
    }

    /// <summary>A loopback port nothing listens on (for "server unreachable").</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dumped messages once <paramref name="count"/> are there and their files stopped growing (deadline 10 s),
    /// oldest first.</summary>
    public async Task<IReadOnlyList<SinkMessage>> MessagesAsync(int count)
    {
        var deadline = Stopwatch.StartNew();
        var previous = "";
        while (true)
        {
            var files = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToList();
            // smtp-sink writes a dump while the message arrives: take it when two polls in a row see the same sizes.
            var sizes = string.Join(",", files.Select(f => new FileInfo(f).Length));
            if (files.Count >= count && sizes == previous && !sizes.Split(',').Contains("0"))
            {
                var messages = new List<SinkMessage>();
                foreach (var file in files) messages.Add(SinkMessage.Parse(await File.ReadAllTextAsync(file)));
                return messages;
            }

            previous = sizes;
            if (deadline.Elapsed > StartDeadline) throw new TimeoutException($"smtp-sink dumped {files.Count} message(s) in {Folder}, expected {count}.");
            await Task.Delay(20);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"smtp-sink exited with {_process.ExitCode}: {await _errors}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartDeadline)
            {
                await Task.Delay(20);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        using var timeout = new CancellationTokenSource(StartDeadline);
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
