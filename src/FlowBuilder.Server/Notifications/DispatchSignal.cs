using System.Threading.Channels;

namespace FlowBuilder.Server.Notifications;

/// <summary>Wakes the dispatcher: an event was written to the outbox, a retry came due or a send slot freed up.
/// Wakes coalesce (at most one is pending).</summary>
internal sealed class DispatchSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Completes on the next wake, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_wakes.Reader.TryRead(out _)) return;
        using var clock = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token);
        try
        {
            await _wakes.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
            _wakes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the poll interval passed
        }
    }
}
