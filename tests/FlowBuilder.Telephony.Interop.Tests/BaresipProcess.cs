using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using FlowBuilder.Telephony.Media.Audio;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// One headless run of the real baresip softphone (Debian packages baresip, baresip-core) on loopback:
/// <c>baresip -4 -f DIR -t SECONDS</c> with stdin closed, the config and accounts from <c>peers/baresip</c>
/// (account <c>bob</c>, auto-answer) with free SIP and ctrl_tcp ports, in a private directory. Its microphone
/// is a WAV file of a 1 kHz tone (<c>aufile</c>); what it hears and sends is recorded there as WAV (<c>sndfile</c>).
/// <see cref="StartAsync"/> returns once baresip reports it is ready and its <see cref="Control"/> is connected;
/// <see cref="DisposeAsync"/> stops baresip by its own PID (SIGTERM, then kill) and deletes the directory.
/// </summary>
internal sealed class BaresipProcess : IAsyncDisposable
{
    public const string InstallHint = "baresip is required for the interop tests: install the Debian packages baresip and baresip-core (apt-get install -y baresip), which provide the 'baresip' binary and its modules in /usr/lib/baresip/modules.";
    private const int TailLength = 8000;
    private const int LifetimeSeconds = 60;
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _directory;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;
    private bool _exitedAtDispose;

    private BaresipProcess(Process process, string directory, int sipPort)
    {
        _process = process;
        _directory = directory;
        SipPort = sipPort;
    }

    /// <summary>The UDP (and TCP) port baresip's SIP stack listens on, at 127.0.0.1.</summary>
    public int SipPort { get; }

    /// <summary>The connected ctrl_tcp client; null only before <see cref="StartAsync"/> returns.</summary>
    public BaresipControl Control { get; private set; } = null!;

    /// <summary>The address of baresip's auto-answering account.</summary>
    public string AccountUri => $"sip:bob@127.0.0.1:{Text(SipPort)}";

    /// <summary>True once baresip has exited (it is stopped at the latest by <see cref="DisposeAsync"/>).</summary>
    public bool HasExited => _disposed ? _exitedAtDispose : _process.HasExited;

    /// <param name="account">An accounts line replacing the auto-answering <c>bob</c> (SIP_PORT is replaced), e.g. to register as an extension.</param>
    public static async Task<BaresipProcess> StartAsync(TimeSpan timeout, string? account = null)
    {
        var executable = Find() ?? throw new InvalidOperationException(InstallHint);
        if (!File.Exists("/usr/lib/baresip/modules/ctrl_tcp.so")) throw new InvalidOperationException(InstallHint);
        var sipPort = FreeUdpAndTcpPort();
        var controlPort = FreeTcpPort();
        var directory = Directory.CreateTempSubdirectory("baresip-interop-").FullName;
        var templates = Path.Combine(AppContext.BaseDirectory, "peers", "baresip");
        var microphone = Path.Combine(directory, "microphone.wav");
        File.WriteAllBytes(microphone, Tone(hertz: 1000, seconds: 20));
        var recordings = Directory.CreateDirectory(Path.Combine(directory, "recordings")).FullName;
        foreach (var name in new[] { "config", "accounts" })
        {
            var template = name == "accounts" && account is not null ? account + Environment.NewLine : File.ReadAllText(Path.Combine(templates, name));
            var text = template
                .Replace("SIP_PORT", Text(sipPort), StringComparison.Ordinal)
                .Replace("CTRL_PORT", Text(controlPort), StringComparison.Ordinal)
                .Replace("PROMPT_WAV_8K_MONO", microphone, StringComparison.Ordinal)
                .Replace("RECORDINGS_DIR", recordings, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(directory, name), text);
        }
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-4", "-f", directory, "-t", Text(LifetimeSeconds) }) info.ArgumentList.Add(argument);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var baresip = new BaresipProcess(process, directory, sipPort);
        process.OutputDataReceived += (_, e) => baresip.Append(e.Data);
        process.ErrorDataReceived += (_, e) => baresip.Append(e.Data);
        process.Exited += (_, _) => baresip._ready.TrySetException(new InvalidOperationException("baresip exited before it was ready."));
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
        try
        {
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await baresip._ready.Task.WaitAsync(timeout);
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                throw new InvalidOperationException($"baresip did not become ready within {timeout.TotalSeconds} s: {e.Message}{Environment.NewLine}{baresip.Diagnostics()}", e);
            }
            baresip.Control = await BaresipControl.ConnectAsync(new IPEndPoint(IPAddress.Loopback, controlPort), timeout);
            return baresip;
        }
        catch
        {
            await baresip.DisposeAsync();
            throw;
        }
    }

    /// <summary>The WAV files sndfile wrote: <c>*-dec.wav</c> is what baresip heard, <c>*-enc.wav</c> what it sent.</summary>
    public IReadOnlyList<string> Recordings() =>
        Directory.Exists(Path.Combine(_directory, "recordings")) ? Directory.GetFiles(Path.Combine(_directory, "recordings"), "*.wav") : [];

    /// <summary>The tail of baresip's output, for assertion messages.</summary>
    public string Diagnostics()
    {
        lock (_output) return "baresip output (tail):" + Environment.NewLine + _output;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        try
        {
            if (Control is not null) await Control.DisposeAsync();
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
        if (line.Contains("baresip is ready.", StringComparison.Ordinal)) _ready.TrySetResult();
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A port free on 127.0.0.1 for both UDP and TCP a moment ago (baresip's SIP stack binds both).</summary>
    private static int FreeUdpAndTcpPort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePorts.Udp();
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 20)
            {
            }
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "baresip");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static byte[] Tone(double hertz, double seconds)
    {
        var samples = new short[(int)(8000 * seconds)];
        for (var i = 0; i < samples.Length; i++) samples[i] = (short)(Math.Sin(2 * Math.PI * hertz * i / 8000) * 8000);
        return WavWriter.Write(samples, 8000);
    }

}
