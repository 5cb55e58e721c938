namespace FlowBuilder.Messaging.Smpp;

/// <summary>Paces submit_sm: <c>rate</c> tokens a second, bursts up to one second's worth.</summary>
internal sealed class SmppTokenBucket(double rate, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly double _capacity = Math.Max(1, rate);
    private double _tokens = Math.Max(1, rate);
    private DateTimeOffset _refilledAt = time.GetUtcNow();

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (rate <= 0) return;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                _tokens = Math.Min(_capacity, _tokens + (now - _refilledAt).TotalSeconds * rate);
                _refilledAt = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return;
                }
                wait = TimeSpan.FromSeconds((1 - _tokens) / rate);
            }
            await Task.Delay(wait < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
