using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre.Queues;

public sealed partial class CallQueues
{
    private readonly HashSet<ITimer> _wrapUpTimers = [];

    /// <summary>
    /// Waits until an agent answers the caller of <paramref name="ticket"/>. Every caller waiting here is offered agents at the
    /// same time, in queue order (priority, then arrival): the first gets the agent the queue's strategy picks among the available
    /// agents, the next the one it picks among those left, and so on; an agent ringing for one caller is not offered to another.
    /// With <see cref="QueueStrategy.RingAll"/> the first waiting caller rings every available agent and the callers behind it wait
    /// until it is answered or leaves. Each ring lasts <see cref="CallQueueDefinition.AgentRingSeconds"/>; an agent who does not
    /// answer (no answer, busy, failed) goes back to the pool for the other callers but is skipped for this caller until every
    /// available agent was tried, and then all are tried again after a state change or <see cref="RetryDelay"/>. On answer the
    /// caller leaves the queue and the agent is on the call until <see cref="EndCall"/>. Cancelling
    /// <paramref name="cancellationToken"/> (caller hung up, maximum wait) cancels the agents ringing (their legs end as cancelled)
    /// and throws <see cref="OperationCanceledException"/>; the caller is still in the queue then, so <see cref="Leave"/> it.
    /// </summary>
    public async Task<QueueConnection> WaitForAgentAsync(QueueTicket ticket, QueueDialing dialing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(dialing);
        lock (_gate)
        {
            if (ticket.Left) throw new InvalidOperationException($"Call '{ticket.CallId}' has left queue '{ticket.Queue.Name}'.");
            if (ticket.Waiting) throw new InvalidOperationException($"Call '{ticket.CallId}' is already waiting in queue '{ticket.Queue.Name}'.");
            ticket.Waiting = true;
        }
        try
        {
            return await ServeAsync(ticket, dialing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                ticket.Waiting = false;
                ticket.Ringing = false;
                // Agents reserved for this caller by another caller's dispatch, but never dialled: free them for the others.
                if (ticket.Offer is { } offer) Release(offer, _time.GetUtcNow());
                ticket.Offer = null;
                Signal();
            }
        }
    }

    private async Task<QueueConnection> ServeAsync(QueueTicket ticket, QueueDialing dialing, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task changed;
            List<LiveMember>? ring;
            DateTimeOffset? exhaustedAt;
            LiveQueue live;
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                if (ticket.Left) throw new InvalidOperationException($"Call '{ticket.CallId}' has left queue '{ticket.Queue.Name}'.");
                live = Find(ticket.Queue) ?? Sync(ticket.Queue);
                Dispatch(live, now);
                ring = ticket.Offer;
                ticket.Offer = null;
                ticket.Ringing = ring is not null;
                exhaustedAt = ticket.ExhaustedAt;
                // Taken after the dispatch (which signals when it offers agents), so only a later change wakes this caller.
                changed = _changed.Task;
            }
            if (ring is not null)
            {
                if (await RingAsync(live, ticket, ring, dialing, cancellationToken).ConfigureAwait(false) is { } connection) return connection;
                continue;
            }
            if (exhaustedAt is { } since)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var retry = Task.Delay(Positive(since + RetryDelay - now), _time, wait.Token);
                await Task.WhenAny(changed, retry).WaitAsync(cancellationToken).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
            }
            else
            {
                await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The agent's call with the caller of <paramref name="ticket"/> ended: the agent wraps up for
    /// <see cref="CallQueueDefinition.WrapUpSeconds"/>, then is offered calls again. Ending twice does nothing.</summary>
    public void EndCall(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            if (ticket.AnsweredBy is not { } member) return;
            ticket.AnsweredBy = null;
            var now = _time.GetUtcNow();
            var agent = member.Agent;
            agent.Busy = QueueAgentState.Available;
            agent.BusySince = now;
            agent.IdleSince = now;
            var wrapUp = TimeSpan.FromSeconds(Math.Max(0, ticket.Queue.WrapUpSeconds));
            agent.WrapUpUntil = now + wrapUp;
            if (wrapUp > TimeSpan.Zero) StartWrapUpTimer(wrapUp);
            Signal();
        }
    }

    private void StartWrapUpTimer(TimeSpan wrapUp)
    {
        ITimer? timer = null;
        timer = _time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                if (timer is not null && _wrapUpTimers.Remove(timer)) timer.Dispose();
                Signal();
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _wrapUpTimers.Add(timer);
        timer.Change(wrapUp, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Under the lock: offers the available agents to the queue's waiting callers that have none ringing, in queue order, each
    /// caller's agents picked by the strategy among those the callers ahead left. A caller ahead therefore always gets the agent
    /// the strategy gives it before a caller behind can have it; an agent a caller already tried (and is skipped for) can go to a
    /// caller behind when the strategy picks it for that one. RingAll serves only the first waiting caller. A caller with
    /// no agent left to try gets them all back once <see cref="RetryDelay"/> passed since it ran out.
    /// </summary>
    private void Dispatch(LiveQueue live, DateTimeOffset now)
    {
        var offered = false;
        var ringAll = live.Definition.Strategy == QueueStrategy.RingAll;
        foreach (var ticket in live.Callers)
        {
            if (!ticket.Waiting) continue;
            if (!ticket.Ringing && ticket.Offer is null)
            {
                var ring = Pick(live, ticket, now);
                if (ring.Count == 0 && ticket.ExhaustedAt is { } at && now - at >= RetryDelay)
                {
                    // Every agent was tried for this caller and the retry delay passed: all of them are tried again.
                    ticket.Tried.Clear();
                    ticket.ExhaustedAt = null;
                    ring = Pick(live, ticket, now);
                }
                if (ring.Count > 0)
                {
                    Reserve(live, ticket, ring, now);
                    offered = true;
                }
                else if (ticket.Tried.Count > 0)
                {
                    ticket.ExhaustedAt ??= now;
                }
            }
            if (ringAll) break;
        }
        if (offered) Signal();
    }

    /// <summary>Under the lock: the agents to offer the caller now, by the queue's strategy, among the available ones it has not tried.</summary>
    private static List<LiveMember> Pick(LiveQueue live, QueueTicket ticket, DateTimeOffset now)
    {
        var eligible = live.Members
            .Where(m => m.StateAt(now) == QueueAgentState.Available && !ticket.Tried.Contains(m.Agent.Key))
            .DistinctBy(m => m.Agent.Key)
            .ToList();
        if (eligible.Count == 0) return eligible;
        switch (live.Definition.Strategy)
        {
            case QueueStrategy.RoundRobin:
                var last = live.LastRung is { } id ? live.Members.FindIndex(m => m.Definition.Id == id) : -1;
                var count = live.Members.Count;
                for (var step = 1; step <= count; step++)
                {
                    var member = live.Members[(last + step) % count];
                    if (eligible.Contains(member)) return [member];
                }
                return [eligible[0]];
            case QueueStrategy.LongestIdle:
                return [eligible.MinBy(m => m.Agent.IdleSince)!];
            default:
                return eligible;
        }
    }

    /// <summary>Under the lock: the agents are offered to this caller and ring for it (no other caller is offered them meanwhile).</summary>
    private static void Reserve(LiveQueue live, QueueTicket ticket, List<LiveMember> ring, DateTimeOffset now)
    {
        foreach (var member in ring)
        {
            member.Agent.Busy = QueueAgentState.Ringing;
            member.Agent.BusySince = now;
            ticket.Tried.Add(member.Agent.Key);
        }
        ticket.Offer = ring;
        live.LastRung = ring[^1].Definition.Id;
    }

    /// <summary>Under the lock: the agents stop ringing and are available again (the caller signals).</summary>
    private static void Release(IEnumerable<LiveMember> members, DateTimeOffset now)
    {
        foreach (var member in members)
        {
            member.Agent.Busy = QueueAgentState.Available;
            member.Agent.BusySince = now;
        }
    }

    private async Task<QueueConnection?> RingAsync(LiveQueue live, QueueTicket ticket, List<LiveMember> ring, QueueDialing dialing, CancellationToken cancellationToken)
    {
        using var round = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ringFor = TimeSpan.FromSeconds(Math.Max(1, live.Definition.AgentRingSeconds));
        var pending = ring.Select(m => DialAsync(m, ringFor, dialing, round.Token)).ToList();
        QueueConnection? winner = null;
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending).ConfigureAwait(false);
            pending.Remove(done);
            var (member, result) = await done.ConfigureAwait(false);
            if (result is not { Status: DialStatus.Answered, Call: { } call }) continue;
            if (winner is null && !cancellationToken.IsCancellationRequested && Claim(live, ticket, member) is { } answeredAt)
            {
                winner = new QueueConnection(member.Definition.Id, member.Definition.Target, call, answeredAt);
                await round.CancelAsync().ConfigureAwait(false);
            }
            else
            {
                // A second agent answered at the same moment, or the caller left meanwhile.
                await dialing.Channel.HangUpAsync(call.Id, HangUpCause.Normal, CancellationToken.None).ConfigureAwait(false);
            }
        }
        lock (_gate)
        {
            Release(ring.Where(m => winner is null || m.Definition.Id != winner.AgentId), _time.GetUtcNow());
            ticket.Ringing = false;
            Signal();
        }
        if (winner is null) cancellationToken.ThrowIfCancellationRequested();
        return winner;
    }

    private static async Task<(LiveMember Member, DialResult? Result)> DialAsync(LiveMember member, TimeSpan ringFor, QueueDialing dialing, CancellationToken cancellationToken)
    {
        var callId = $"{dialing.Channel.Channel}-{Guid.NewGuid():N}";
        dialing.Dialling?.Invoke(callId);
        var request = new DialRequest(member.Definition.Target, dialing.CallerId, null, ringFor, dialing.Owner)
        {
            CallId = callId,
            TargetKind = member.Definition.Kind == CallTargetKind.Extension ? DialTargetKind.Extension : DialTargetKind.Number,
        };
        try
        {
            return (member, await dialing.Channel.DialAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            return (member, null);
        }
        catch (Exception error)
        {
            // A channel bug or I/O failure: this agent is skipped like one who could not be reached.
            return (member, new DialResult(DialStatus.Failed, Reason: error.Message));
        }
    }

    /// <summary>The agent's answer takes the caller, unless the caller left meanwhile; returns when.</summary>
    private DateTimeOffset? Claim(LiveQueue live, QueueTicket ticket, LiveMember member)
    {
        lock (_gate)
        {
            if (ticket.Left) return null;
            var now = _time.GetUtcNow();
            ticket.Left = true;
            ticket.AnsweredBy = member;
            live.Callers.Remove(ticket);
            member.Agent.Busy = QueueAgentState.OnCall;
            member.Agent.BusySince = now;
            member.CallsAnswered++;
            live.RecentWaits.Enqueue((now - ticket.EnteredAt).TotalSeconds);
            while (live.RecentWaits.Count > LiveQueue.RecentWaitsKept) live.RecentWaits.Dequeue();
            Signal();
            return now;
        }
    }

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;
}
