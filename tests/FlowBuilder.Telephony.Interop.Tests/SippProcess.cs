using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// One run of the real SIPp binary on loopback. Traces (errors, messages) go to a private working directory
/// and to a bounded in-memory tail; <see cref="DisposeAsync"/> stops a still-running sipp by its own PID
/// (SIGTERM, then kill) and deletes the directory.
/// </summary>
internal sealed class SippProcess : IAsyncDisposable
{
    public const string InstallHint = "SIPp is required for the interop tests: install the Debian package sip-tester (apt-get install -y sip-tester), which provides the 'sipp' binary.";
    private const int TailLength = 8000;
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _directory;
    private bool _disposed;
    private bool _exitedAtDispose;

    private SippProcess(Process process, string directory)
    {
        _process = process;
        _directory = directory;
    }

    public int Port { get; private init; }

    /// <summary>True once sipp has exited (it is stopped at the latest by <see cref="DisposeAsync"/>).</summary>
    public bool HasExited => _disposed ? _exitedAtDispose : _process.HasExited;

    /// <summary>Starts sipp listening on 127.0.0.1 at a free port, with <paramref name="arguments"/> followed by <c>-i 127.0.0.1 -p PORT -mp MEDIAPORT -nostdin -trace_err -trace_msg</c>.</summary>
    public static SippProcess Start(params string[] arguments) => Start(new Dictionary<string, byte[]>(), arguments);

    /// <summary>As <see cref="Start(string[])"/>, with <paramref name="files"/> (name → content) written into sipp's working
    /// directory first, for scenarios that name a file relatively (a pcap to play).</summary>
    public static SippProcess Start(IReadOnlyDictionary<string, byte[]> files, params string[] arguments)
    {
        var executable = Find() ?? throw new InvalidOperationException(InstallHint);
        var port = FreePorts.Udp();
        var directory = Directory.CreateTempSubdirectory("sipp-interop-").FullName;
        foreach (var (name, content) in files) File.WriteAllBytes(Path.Combine(directory, name), content);
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var argument in new[] { "-i", "127.0.0.1", "-p", Text(port), "-mp", Text(FreePorts.Udp()), "-nostdin", "-trace_err", "-trace_msg" })
        {
            info.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = info };
        var sipp = new SippProcess(process, directory) { Port = port };
        process.OutputDataReceived += (_, e) => sipp.Append(e.Data);
        process.ErrorDataReceived += (_, e) => sipp.Append(e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            Directory.Delete(directory, true);
            throw;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sipp;
    }

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    /// <summary>Waits for sipp to exit by itself and returns its exit code (0: every call succeeded).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"sipp did not exit within {timeout.TotalSeconds} s.{Environment.NewLine}{Diagnostics()}");
        }
        return _process.ExitCode;
    }

    /// <summary>Every SIP message sipp sent and received so far (its <c>-trace_msg</c> log); empty until it wrote one.</summary>
    public string MessageTrace()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(_directory, "*_messages.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    /// <summary>The tail of sipp's output and its error and message traces, for assertion messages.</summary>
    public string Diagnostics()
    {
        var text = new StringBuilder();
        lock (_output) text.Append("sipp output (tail):").AppendLine().Append(_output);
        foreach (var file in Directory.EnumerateFiles(_directory, "*.log"))
        {
            text.AppendLine().Append("== ").Append(Path.GetFileName(file)).AppendLine().Append(File.ReadAllText(file));
        }
        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        try
        {
            await PeerProcessStop.StopAsync(_process);
        }
        finally
        {
            _exitedAtDispose = _process.HasExited;
            _disposed = true;
            _process.Dispose();
            PeerProcessStop.DeleteFolder(_directory);
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            if (_output.Length > TailLength) _output.Remove(0, _output.Length - TailLength);
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "sipp");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Text(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

}
