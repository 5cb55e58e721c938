using System.Net.Sockets;
using FlowBuilder.Messaging.Hosting;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Messaging.Smpp;

/// <summary>An SMPP 3.4 client: one bind_transceiver to the SMSC in <see cref="SmppOptions"/>, kept alive with
/// enquire_link and re-established with backoff (1 s doubling to 60 s by default) whenever it drops.</summary>
public sealed partial class SmppTransport : ISmsTransport, ISmsTransportCounters
{
    private readonly SmppOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SmppTransport> _logger;
    private readonly SemaphoreSlim _window;
    private readonly SmppTokenBucket _rate;
    private readonly ConcatenatedMessages _reassembly;
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ISmsTransportSink? _sink;
    private Task _runner = Task.CompletedTask;
    private volatile SmppSession? _session;
    private volatile SmsTransportState _state = SmsTransportState.Stopped;
    private int _udhReference = Random.Shared.Next(256);
    private long _submitted, _accepted, _rejected, _unavailable, _receipts, _inbound, _reconnects, _enquireLinks;
    private int _disposed;

    public SmppTransport(IOptions<SmppOptions> options, TimeProvider time, ILogger<SmppTransport> logger)
    {
        _options = options.Value;
        _options.Validate();
        _time = time;
        _logger = logger;
        _window = new SemaphoreSlim(_options.WindowSize, _options.WindowSize);
        _rate = new SmppTokenBucket(_options.MaxMessagesPerSecond, time);
        _reassembly = new ConcatenatedMessages(time);
    }

    public string Name => "smpp";

    public SmsTransportState State => _state;

    /// <summary>Raised on every change of <see cref="State"/>, on the thread that changed it.</summary>
    public event Action<SmsTransportState>? StateChanged;

    /// <summary>Raised when a reconnect is scheduled, with the wait before it (on the injected clock).</summary>
    internal event Action<TimeSpan>? ReconnectScheduled;

    /// <summary>Raised after each of our enquire_link got its response.</summary>
    internal event Action? EnquireLinkAnswered;

    public SmsTransportCounters Counters => new(
        Interlocked.Read(ref _submitted), Interlocked.Read(ref _accepted), Interlocked.Read(ref _rejected), Interlocked.Read(ref _unavailable),
        Interlocked.Read(ref _receipts), Interlocked.Read(ref _inbound), Interlocked.Read(ref _reconnects), Interlocked.Read(ref _enquireLinks));

    /// <summary>Starts binding and returns once the first attempt succeeded or failed (it then keeps retrying).</summary>
    public async Task StartAsync(ISmsTransportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Interlocked.CompareExchange(ref _sink, sink, null) is not null)
            throw new InvalidOperationException("The SMPP transport is already started; start it once.");
        _runner = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        await _firstAttempt.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_session is { IsClosed: false } session)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.ResponseTimeoutSeconds), _time);
                await session.RequestAsync(SmppCommand.Unbind, [], timeout.Token).ConfigureAwait(false);
                _logger.LogInformation("SMPP unbound from {Host}:{Port}", _options.Host, _options.Port);
            }
            catch (Exception e) when (e is IOException or TimeoutException or OperationCanceledException)
            {
                _logger.LogInformation("SMPP unbind got no answer ({Reason}); closing anyway", e.Message);
            }
        }
        _stop.Cancel();
        try { await _runner.ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        SetState(SmsTransportState.Stopped);
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var backoff = TimeSpan.FromSeconds(_options.ReconnectInitialSeconds);
        var attempt = 0;
        while (!stopping.IsCancellationRequested)
        {
            SetState(attempt++ == 0 ? SmsTransportState.Connecting : SmsTransportState.Reconnecting);
            SmppSession? session = null;
            try
            {
                session = await ConnectAndBindAsync(stopping).ConfigureAwait(false);
                _session = session;
                backoff = TimeSpan.FromSeconds(_options.ReconnectInitialSeconds);
                SetState(SmsTransportState.Ready);
                _firstAttempt.TrySetResult();
                using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                var keeping = KeepAliveAsync(session, keepAlive.Token);
                var reason = await session.Closed.WaitAsync(stopping).ConfigureAwait(false);
                _logger.LogWarning("SMPP bind to {Host}:{Port} lost: {Reason}", _options.Host, _options.Port, reason);
                keepAlive.Cancel();
                await keeping.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _logger.LogWarning("SMPP bind to {Host}:{Port} failed: {Reason}; next attempt in {Backoff}", _options.Host, _options.Port, e.Message, backoff);
            }
            finally
            {
                _session = null;
                if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
            }
            // Disposing: the unbind closed the bind on purpose; do not reconnect.
            if (stopping.IsCancellationRequested || Volatile.Read(ref _disposed) != 0) break;
            SetState(SmsTransportState.Reconnecting);
            _firstAttempt.TrySetResult();
            Interlocked.Increment(ref _reconnects);
            var wait = Task.Delay(backoff, _time, stopping);
            ReconnectScheduled?.Invoke(backoff);
            try { await wait.ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(_options.ReconnectMaxSeconds).Ticks));
        }
        _firstAttempt.TrySetResult();
    }

    private async Task<SmppSession> ConnectAndBindAsync(CancellationToken stopping)
    {
        var client = new TcpClient { NoDelay = true };
        SmppSession? session = null;
        try
        {
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.ConnectTimeoutSeconds), _time))
            using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token))
            {
                try { await client.ConnectAsync(_options.Host, _options.Port, connectTimeout.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    throw new TimeoutException($"No TCP connection to {_options.Host}:{_options.Port} within {_options.ConnectTimeoutSeconds} s.");
                }
            }
            session = new SmppSession(client.GetStream(), _time, TimeSpan.FromSeconds(_options.ResponseTimeoutSeconds), _logger, HandleRequestAsync);
            session.Start();
            var bind = new SmppBind(_options.SystemId, _options.Password, _options.SystemType, _options.SourceTon, _options.SourceNpi);
            var response = await session.RequestAsync(SmppCommand.BindTransceiver, bind.Encode(), stopping).ConfigureAwait(false);
            if (response.Status != SmppStatus.Ok)
                throw new SmppBindException(
                    $"The SMSC refused bind_transceiver as '{_options.SystemId}': {SmppStatus.Code(response.Status)} {SmppStatus.Describe(response.Status)}. Check {SmppOptions.Section}:SystemId, Password and SystemType.");
            var smsc = response.Body.Length > 0 ? new SmppReader(response.Body).CString("system_id") : "";
            _logger.LogInformation("SMPP bound as transceiver to {Host}:{Port} (SMSC system_id {Smsc})", _options.Host, _options.Port, smsc);
            return session;
        }
        catch
        {
            if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
            client.Dispose();
            throw;
        }
    }

    private async Task KeepAliveAsync(SmppSession session, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(_options.EnquireLinkSeconds);
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_time.GetUtcNow() - session.LastReceived < interval) continue;
                try
                {
                    await session.RequestAsync(SmppCommand.EnquireLink, [], cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref _enquireLinks);
                    EnquireLinkAnswered?.Invoke();
                }
                catch (TimeoutException)
                {
                    session.Close($"no enquire_link_resp within {_options.ResponseTimeoutSeconds} s");
                    return;
                }
                catch (IOException)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void SetState(SmsTransportState state)
    {
        if (_state == state) return;
        _state = state;
        _logger.LogDebug("SMPP transport state {State}", state);
        StateChanged?.Invoke(state);
    }
}
