using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Plays hold audio to a waiting caller, with announcements, until cancelled or the caller hangs up.</summary>
internal sealed class QueueHold(ICallControl channel, string callId, CallQueues queues, QueueTicket ticket, QueueHoldSettings settings, TimeProvider time)
{
    private Prompt _hold = settings.Hold;

    /// <summary>True when the caller hung up; false when <paramref name="cancellationToken"/> stopped the hold.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var announce = settings.AnnounceEvery is { } every && every > TimeSpan.Zero && (settings.AnnouncePosition || settings.AnnounceWaitTime) ? every : (TimeSpan?)null;
        var next = ticket.EnteredAt + (announce ?? TimeSpan.Zero);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (announce is { } period && now >= next)
                {
                    next = now + period;
                    if (Announcement(now) is { Length: > 0 } text
                        && (await channel.PlayAsync(callId, Prompt.Say(text), false, cancellationToken)).Status == CallOperationStatus.HungUp) return true;
                    continue;
                }
                using var slot = announce is null ? new CancellationTokenSource() : new CancellationTokenSource(next - now, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, slot.Token);
                try
                {
                    if (await PlayHoldAsync(now, linked.Token)) return true;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Time for an announcement: the hold audio stops and starts again after it.
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        return false;
    }

    private async Task<bool> PlayHoldAsync(DateTimeOffset started, CancellationToken cancellationToken)
    {
        var result = await channel.PlayAsync(callId, _hold, false, cancellationToken);
        if (result.Status == CallOperationStatus.HungUp) return true;
        if (result.Status == CallOperationStatus.Failed) _hold = QueueHoldSettings.Quiet;
        // A channel whose prompts take no time (the simulator's instant prompts) must not spin: wait as long as the prompt would.
        if (time.GetUtcNow() == started) await Task.Delay(QueueHoldSettings.Quiet.Duration, time, cancellationToken);
        return false;
    }

    private string Announcement(DateTimeOffset now)
    {
        var position = queues.PositionOf(ticket);
        if (position == 0) return "";
        var parts = new List<string>(2);
        if (settings.AnnouncePosition) parts.Add(QueueAnnouncements.Position(position));
        if (settings.AnnounceWaitTime)
            parts.Add(QueueAnnouncements.ExpectedWait(position, queues.RecentAverageWait(ticket.Queue), now - ticket.EnteredAt));
        return string.Join(" ", parts);
    }
}
