using System.Threading.Channels;
using FlowBuilder.Data.Notifications;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Notifications;

/// <summary>
/// Sends the outbox's deliveries: claims due ones in batches (as many as there are free send slots, up to
/// <see cref="NotificationOptions.BatchSize"/>), POSTs each signed to its subscriber with at most
/// <see cref="NotificationOptions.Concurrency"/> in flight, and writes the outcomes in batches: delivered on 2xx,
/// otherwise a retry with exponential backoff, or dead after <see cref="NotificationOptions.MaxAttempts"/>. Wakes when an
/// event is published, when a retry comes due and every <see cref="NotificationOptions.PollInterval"/>. At startup the
/// deliveries this node had in flight when it stopped go back to pending, so a crash loses none (at least once).
/// </summary>
internal sealed partial class NotificationDispatcher : BackgroundService
{
    private readonly NotificationStore _store;
    private readonly DispatchSignal _signal;
    private readonly NotificationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<NotificationDispatcher> _logger;
    private readonly HttpClient _http;
    private readonly Channel<AttemptResult> _results = Channel.CreateUnbounded<AttemptResult>(new UnboundedChannelOptions { SingleReader = true });
    private int _active;

    public NotificationDispatcher(NotificationStore store, DispatchSignal signal, IOptions<NotificationOptions> options, TimeProvider time, ILogger<NotificationDispatcher> logger)
    {
        _store = store;
        _signal = signal;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = _options.Timeout,
            MaxConnectionsPerServer = Math.Max(1, _options.Concurrency),
        }) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Raised after a batch of attempt outcomes is saved (tests wait on it instead of polling).</summary>
    internal event Action<IReadOnlyList<AttemptResult>>? Saved;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var node = _options.Node;
        var released = await _store.ReleaseInFlightAsync(node, stoppingToken).ConfigureAwait(false);
        if (released > 0) _logger.LogWarning("{Count} event deliveries were in flight when node {Node} stopped; they will be sent again", released, node);
        var writer = WriteResultsAsync(stoppingToken);
        try
        {
            await ClaimLoopAsync(node, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        _results.Writer.TryComplete();
        await writer.ConfigureAwait(false);
    }

    private async Task ClaimLoopAsync(string node, CancellationToken stoppingToken)
    {
        var concurrency = Math.Max(1, _options.Concurrency);
        var batch = Math.Max(1, _options.BatchSize);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wanted = Math.Min(concurrency - Volatile.Read(ref _active), batch);
            var claimed = 0;
            if (wanted > 0)
            {
                IReadOnlyList<ClaimedDelivery> deliveries;
                try
                {
                    var now = _time.GetUtcNow();
                    deliveries = await _store.ClaimAsync(node, now, wanted, now + _options.Timeout + TimeSpan.FromMinutes(1), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    _logger.LogError(error, "Claiming event deliveries failed; trying again in {Interval}", _options.PollInterval);
                    deliveries = [];
                }
                claimed = deliveries.Count;
                foreach (var delivery in deliveries)
                {
                    Interlocked.Increment(ref _active);
                    _ = SendAsync(delivery, stoppingToken);
                }
            }
            if (wanted > 0 && claimed == wanted) continue; // more may be due
            await _signal.WaitAsync(_options.PollInterval, _time, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task WriteResultsAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AttemptResult>(256);
        while (await _results.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 256 && _results.Reader.TryRead(out var result)) batch.Add(result);
            try
            {
                await _store.CompleteAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                // The deliveries stay in flight; their lease runs out and they are sent again.
                _logger.LogError(error, "Recording {Count} event delivery attempts failed", batch.Count);
                continue;
            }
            Saved?.Invoke(batch.ToList());
            var retryAt = batch.Where(r => r.Status == DeliveryStatuses.Pending).Select(r => (DateTimeOffset?)r.NextAttemptAt).Min();
            if (retryAt is { } due && !stoppingToken.IsCancellationRequested) WakeAt(due, stoppingToken);
        }
    }

    private void WakeAt(DateTimeOffset due, CancellationToken stoppingToken)
    {
        var delay = due - _time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            _signal.Wake();
            return;
        }
        _ = Task.Delay(delay, _time, stoppingToken).ContinueWith(_ => _signal.Wake(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
