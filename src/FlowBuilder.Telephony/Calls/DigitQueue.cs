using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// The digits a caller pressed and no read has taken yet, oldest first, up to a capacity (later presses are dropped).
/// Readers wait on the injected clock; <see cref="Close"/> (hang-up) wakes them with <see cref="CallOperationStatus.HungUp"/>.
/// </summary>
internal sealed class DigitQueue(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<char> _digits = new();
    private TaskCompletionSource _changed = NewSignal();
    private bool _closed;

    public int Count
    {
        get
        {
            lock (_gate) return _digits.Count;
        }
    }

    /// <summary>False when the queue is full or closed.</summary>
    public bool Add(char digit)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (_closed || _digits.Count >= capacity) return false;
            _digits.Enqueue(digit);
            signal = Swap();
        }
        signal.TrySetResult();
        return true;
    }

    public void Clear()
    {
        lock (_gate) _digits.Clear();
    }

    public void Close()
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _closed = true;
            signal = Swap();
        }
        signal.TrySetResult();
    }

    public async ValueTask<DigitReadResult> ReadAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
        {
            lock (_gate) return _digits.TryDequeue(out var queued) ? DigitReadResult.Of(queued) : _closed ? DigitReadResult.HungUp : DigitReadResult.Timeout;
        }
        using var expiry = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_digits.TryDequeue(out var digit)) return DigitReadResult.Of(digit);
                if (_closed) return DigitReadResult.HungUp;
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lock (_gate) return _digits.TryDequeue(out var late) ? DigitReadResult.Of(late) : DigitReadResult.Timeout;
            }
        }
    }

    /// <summary>Completes once a digit is queued (leaving it queued) or the queue is closed.</summary>
    public async Task WaitForAnyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_digits.Count > 0 || _closed) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private TaskCompletionSource Swap()
    {
        var signal = _changed;
        _changed = NewSignal();
        return signal;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
