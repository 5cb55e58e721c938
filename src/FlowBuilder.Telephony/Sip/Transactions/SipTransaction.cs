using System.Net;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Transactions;

/// <summary>
/// What the four state machines share: one lock per transaction, timers from the injected
/// <see cref="TimeProvider"/>, sends that report transport errors, and user notifications that run after
/// the lock is released (so a handler may call back into the transaction).
/// </summary>
public abstract class SipTransaction
{
    private readonly Lock _gate = new();
    private readonly Dictionary<SipTimer, ITimer> _timers = [];
    private readonly List<Action> _notifications = [];
    private bool _sendFailed;
    private int _depth;

    private protected SipTransaction(SipTransactionLayer layer, SipTransactionKey key, SipRequest request, IPEndPoint remote)
    {
        Layer = layer;
        Key = key;
        Request = request;
        Remote = remote;
    }

    public SipTransactionKey Key { get; }

    /// <summary>The request that created the transaction.</summary>
    public SipRequest Request { get; }

    /// <summary>Where requests go (client) or responses go (server).</summary>
    public IPEndPoint Remote { get; }

    public SipTransactionState State { get; private protected set; }

    public bool IsReliable => Layer.Transport.IsReliable;

    /// <summary>Raised once, after the final state change.</summary>
    public event Action<SipTransaction>? Terminated;

    /// <summary>Raised before <see cref="Terminated"/> when the transaction ends by timeout or transport error.</summary>
    public event Action<SipTransaction, SipTransactionFailure>? Failed;

    private protected SipTransactionLayer Layer { get; }

    private protected SipTimerOptions Timers => Layer.Timers;

    private protected abstract void OnTimer(SipTimer timer);

    /// <summary>Runs a state change under the lock, then the notifications it queued.</summary>
    private protected void Run(Action action)
    {
        List<Action>? toRun = null;
        lock (_gate)
        {
            _depth++;
            try
            {
                action();
                if (_sendFailed && State != SipTransactionState.Terminated)
                {
                    _sendFailed = false;
                    Fail(SipTransactionFailure.TransportError);
                }
            }
            finally
            {
                _depth--;
            }
            if (_depth == 0 && _notifications.Count > 0)
            {
                toRun = [.. _notifications];
                _notifications.Clear();
            }
        }
        if (toRun is null) return;
        foreach (var notification in toRun)
        {
            try
            {
                notification();
            }
            catch (Exception e)
            {
                Layer.ReportHandlerFailure(e);
            }
        }
    }

    private protected void Notify(Action notification) => _notifications.Add(notification);

    private protected void StartTimer(SipTimer timer, TimeSpan due)
    {
        StopTimer(timer);
        if (State == SipTransactionState.Terminated) return;
        var handle = new TimerHandle(this, timer);
        handle.Timer = Layer.Time.CreateTimer(static state => ((TimerHandle)state!).Fire(), handle, due, Timeout.InfiniteTimeSpan);
        _timers[timer] = handle.Timer;
    }

    private protected void StopTimer(SipTimer timer)
    {
        if (_timers.Remove(timer, out var existing)) existing.Dispose();
    }

    internal bool IsTimerRunning(SipTimer timer)
    {
        lock (_gate) return _timers.ContainsKey(timer);
    }

    /// <summary>Hands bytes to the transport without waiting; a failure becomes a transport error.</summary>
    private protected void Send(ReadOnlyMemory<byte> bytes)
    {
        ValueTask sending;
        try
        {
            sending = Layer.Transport.SendAsync(bytes, Remote);
        }
        catch (Exception)
        {
            _sendFailed = true;
            return;
        }
        if (sending.IsCompletedSuccessfully) return;
        if (sending.IsCompleted)
        {
            _sendFailed = true;
            _ = sending.AsTask().Exception;
            return;
        }
        _ = ObserveAsync(sending);
    }

    private async Task ObserveAsync(ValueTask sending)
    {
        try
        {
            await sending.ConfigureAwait(false);
        }
        catch (Exception)
        {
            Run(() =>
            {
                if (State != SipTransactionState.Terminated) Fail(SipTransactionFailure.TransportError);
            });
        }
    }

    private protected virtual void Fail(SipTransactionFailure failure)
    {
        Notify(() => Failed?.Invoke(this, failure));
        Terminate();
    }

    private protected void Terminate()
    {
        if (State == SipTransactionState.Terminated) return;
        State = SipTransactionState.Terminated;
        foreach (var timer in _timers.Values) timer.Dispose();
        _timers.Clear();
        Layer.Remove(this);
        Notify(() => Terminated?.Invoke(this));
    }

    /// <summary>Ends the transaction without notifying anyone; used when the layer shuts down.</summary>
    internal void Abandon() => Run(() =>
    {
        Terminate();
        _notifications.Clear();
    });

    private sealed class TimerHandle(SipTransaction owner, SipTimer timer)
    {
        public ITimer? Timer { get; set; }

        public void Fire() => owner.Run(() =>
        {
            if (Timer is null || !owner._timers.TryGetValue(timer, out var current) || !ReferenceEquals(current, Timer)) return;
            owner._timers.Remove(timer);
            Timer.Dispose();
            owner.OnTimer(timer);
        });
    }
}
