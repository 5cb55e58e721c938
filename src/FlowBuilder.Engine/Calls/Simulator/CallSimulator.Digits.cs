namespace FlowBuilder.Engine.Calls.Simulator;

public sealed partial class CallSimulator
{
    private const string ValidDigits = "0123456789*#ABCD";

    /// <summary>The caller presses <paramref name="digits"/> (0-9, *, #, A-D), one after the other. A digit stops a
    /// prompt playing with stop-on-digit and stays queued for the next read.</summary>
    /// <exception cref="InvalidOperationException">The call is unknown or not answered.</exception>
    public void PressDigits(string callId, string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var invalid = digits.FirstOrDefault(d => !ValidDigits.Contains(d, StringComparison.Ordinal));
        if (invalid != default) throw new ArgumentException($"'{invalid}' is not a DTMF digit (0-9, *, #, A-D).", nameof(digits));
        lock (_gate)
        {
            var call = Require(callId);
            if (!call.IsUp) throw new InvalidOperationException($"Call '{callId}' is {call.State.ToString().ToLowerInvariant()}: digits can only be pressed on an answered call.");
            foreach (var digit in digits)
            {
                Record(call, SimulatedCallEventKind.DigitPressed, e => e with { Text = digit.ToString() });
                if (call.Prompt is { StopOnDigit: true } prompt && prompt.Done.TrySetResult(CallOperationResult.Interrupted))
                {
                    call.Prompt = null;
                    Record(call, SimulatedCallEventKind.Interrupted, e => e with { Text = prompt.What });
                }
                if (call.DigitReader is { } reader)
                {
                    call.DigitReader = null;
                    reader.TrySetResult(DigitReadResult.Of(digit));
                }
                else if (call.Digits.Count < SimulatedCall.MaxQueuedDigits)
                {
                    call.Digits.Enqueue(digit);
                }
            }
        }
    }

    public async ValueTask<DigitReadResult> ReadDigitAsync(string callId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource<DigitReadResult> read;
        ITimer timer;
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call)) return new DigitReadResult(CallOperationStatus.Failed, Error: UnknownCall(callId).Error);
            if (call.Digits.Count > 0) return DigitReadResult.Of(call.Digits.Dequeue());
            if (call.State == SimulatedCallState.Ended) return DigitReadResult.HungUp;
            if (timeout <= TimeSpan.Zero) return DigitReadResult.Timeout;
            call.DigitReader?.TrySetResult(DigitReadResult.Timeout);
            read = new TaskCompletionSource<DigitReadResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            call.DigitReader = read;
            // The timer starts before watchers hear of the read, so a test that then advances a fake clock times it out.
            timer = _time.CreateTimer(_ => TimeOut(callId, read), null, timeout, Timeout.InfiniteTimeSpan);
            foreach (var watcher in call.ReadWatchers) watcher.TrySetResult();
            call.ReadWatchers.Clear();
        }
        using (timer)
        using (cancellationToken.Register(() => TimeOut(callId, read, cancellationToken)))
        {
            return await read.Task.ConfigureAwait(false);
        }
    }

    public void ClearDigits(string callId)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call)) call.Digits.Clear();
        }
    }

    private void TimeOut(string callId, TaskCompletionSource<DigitReadResult> read, CancellationToken cancelled = default)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call) && call.DigitReader == read) call.DigitReader = null;
        }
        if (cancelled.IsCancellationRequested) read.TrySetCanceled(cancelled);
        else read.TrySetResult(DigitReadResult.Timeout);
    }
}
