using FlowBuilder.Engine.Messaging;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

public sealed partial class SmsService
{
    private const int DispatchBatch = 100;

    /// <summary>1 when a transport became ready since the last dispatcher pass.</summary>
    private int _transportReady;

    /// <summary>A transport bound (again): messages retrying because the network was unavailable go out on the next
    /// pass instead of after their backoff, which can be minutes (<see cref="SmsOptions.MaxRetryDelay"/>).</summary>
    internal void OnTransportReady()
    {
        Interlocked.Exchange(ref _transportReady, 1);
        Wake();
    }

    /// <summary>Hands over, until cancelled, every stored message still owed one: retries when they are due, and
    /// messages left queued or sending by a previous run (at once). Waits on the clock between retries.</summary>
    internal async Task RunDispatcherAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            DateTimeOffset? next;
            try
            {
                next = await DispatchDueAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                _logger.LogError(error, "SMS dispatcher pass failed; trying again after the retry delay");
                next = _time.GetUtcNow() + _options.RetryDelay;
            }
            if (next is { } due && due <= _time.GetUtcNow()) continue;
            await WaitAsync(next, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass: hands over what is due; returns when the next retry is due (null when none is waiting).</summary>
    internal async Task<DateTimeOffset?> DispatchDueAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? next = null;
        var handedOver = false;
        // Only the first batch goes early after a reconnect; the rest keep their backoff (most due first).
        var transportReady = Interlocked.Exchange(ref _transportReady, 0) == 1;
        var pending = await _messages.ListPendingAsync(DispatchBatch, cancellationToken).ConfigureAwait(false);
        foreach (var message in pending)
        {
            if (!transportReady && message.Status == SmsStatus.Retrying && message.NextAttemptAt is { } at && at > _time.GetUtcNow())
            {
                if (next is null || at < next) next = at;
                continue;
            }
            if (!_inFlight.TryAdd(message.Id, 0)) continue;
            try
            {
                var current = await _messages.GetAsync(message.Id, cancellationToken).ConfigureAwait(false);
                if (current is null || !SmsStatuses.IsPending(current.Status)) continue;
                if (current.Status != SmsStatus.Retrying)
                    _logger.LogInformation("SMS {MessageId} to {To} was left {Status} by an earlier run; handing it over again", current.Id, current.To, current.Status);
                var after = await SubmitAsync(current, resumeFlow: true, cancellationToken).ConfigureAwait(false);
                handedOver = true;
                if (after is { Status: SmsStatus.Retrying, NextAttemptAt: { } retryAt } && (next is null || retryAt < next)) next = retryAt;
            }
            finally
            {
                _inFlight.TryRemove(message.Id, out _);
            }
        }
        // The batch is the most due first: when it was full and anything in it was due, more may be due after it.
        return handedOver && pending.Count >= DispatchBatch ? _time.GetUtcNow() : next;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void Wake() => _wake.Writer.TryWrite(true);

    private async Task WaitAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _wake.Reader.WaitToReadAsync(stop.Token).AsTask();
        var timer = until is { } due ? Task.Delay(Max(due - _time.GetUtcNow(), TimeSpan.Zero), _time, stop.Token) : Task.Delay(Timeout.Infinite, stop.Token);
        await Task.WhenAny(woken, timer).ConfigureAwait(false);
        _wake.Reader.TryRead(out _);
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(woken, timer).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The one that did not finish was cancelled.
        }
    }
}
