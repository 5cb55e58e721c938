using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FlowBuilder.Testing.Messaging;

/// <summary>The Net::SMPP SMSC simulator (tests/peers/smpp/smsc_sim.pl, Debian package libnet-smpp-perl) as a child
/// process on a loopback port. Its stdout lines are kept; tests wait for lines instead of sleeping. Shared by the
/// transport tests (FlowBuilder.Messaging.Tests) and the end-to-end tests through the server.</summary>
public sealed class SmscSimulator : IAsyncDisposable
{
    /// <summary>How long any wait on the simulator may take before the test fails instead of hanging.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];

    private SmscSimulator(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate) return [.. _lines];
        }
    }

    /// <summary>Starts the simulator and returns once it prints its "listening" line. <paramref name="dlrDelaySeconds"/> is
    /// the wait between a submit_sm_resp and its receipt (0: the receipt follows at once).</summary>
    public static async Task<SmscSimulator> StartAsync(int? port = null, string? mo = null, double dlrDelaySeconds = 0.05)
    {
        var root = RepositoryRoot();
        var chosen = port ?? FreePort();
        var info = new ProcessStartInfo("perl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[] { Path.Combine(root, "tests", "peers", "smpp", "smsc_sim.pl"), "--port", chosen.ToString(), "--seconds", "120", "--dlr-delay", dlrDelaySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        if (mo is not null)
        {
            info.ArgumentList.Add("--mo");
            info.ArgumentList.Add(mo);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("perl did not start; install perl and libnet-smpp-perl.");
        var simulator = new SmscSimulator(process, chosen);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) simulator.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) simulator.Add("stderr: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await simulator.WaitForLineAsync(l => l.Contains("listening", StringComparison.Ordinal) || l.StartsWith("stderr:", StringComparison.Ordinal));
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
        if (simulator.Lines.FirstOrDefault(l => l.StartsWith("stderr:", StringComparison.Ordinal)) is { } error)
        {
            await simulator.DisposeAsync();
            throw new InvalidOperationException($"The SMSC simulator did not start ({error}); is libnet-smpp-perl installed (perl -MNet::SMPP -e1)?");
        }
        return simulator;
    }

    /// <summary>Waits for a stdout line (already printed or still to come) that matches.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var line = _lines.FirstOrDefault(match);
            if (line is not null) return Task.FromResult(line);
            _waiters.Add((match, found));
        }
        return found.Task.WaitAsync(WaitLimit);
    }

    /// <summary>Waits until at least <paramref name="count"/> printed lines match; returns those lines.</summary>
    public async Task<IReadOnlyList<string>> WaitForLinesAsync(Func<string, bool> match, int count)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        bool Enough(string line) => match(line) && ++seen >= count;
        lock (_gate)
        {
            if (_lines.Count(match) >= count) return _lines.Where(match).ToList();
            seen = _lines.Count(match);
            _waiters.Add((Enough, found));
        }
        await found.Task.WaitAsync(WaitLimit);
        return Lines.Where(match).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(WaitLimit);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FlowBuilder.sln"))) return dir.FullName;
        throw new InvalidOperationException($"FlowBuilder.sln not found above {AppContext.BaseDirectory}.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Add(string line)
    {
        List<TaskCompletionSource<string>> hits = [];
        lock (_gate)
        {
            _lines.Add(line);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (!_waiters[i].Match(line)) continue;
                hits.Add(_waiters[i].Found);
                _waiters.RemoveAt(i);
            }
        }
        foreach (var hit in hits) hit.TrySetResult(line);
    }
}
