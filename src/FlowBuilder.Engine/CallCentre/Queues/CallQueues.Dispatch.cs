using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre.Queues;

public sealed partial class CallQueues
{
    private readonly HashSet<ITimer> _wrapUpTimers = [];

    /// <summary>
    /// Waits until an agent answers the caller of <paramref name="ticket"/>: while the caller is at the head of its queue, it is
    /// offered to the available agents by the queue's strategy, each ring lasting <see cref="CallQueueDefinition.AgentRingSeconds"/>;
    /// an agent who does not answer (busy, failed) is skipped for this caller until every available agent was tried, and then all
    /// are tried again after a state change or <see cref="RetryDelay"/>. On answer the caller leaves the queue and the agent is
    /// on the call until <see cref="EndCall"/>. Cancelling <paramref name="cancellationToken"/> (caller hung up, maximum wait)
    /// cancels the agents ringing (their legs end as cancelled) and throws <see cref="OperationCanceledException"/>; the caller
    /// is still in the queue then, so <see cref="Leave"/> it.
    /// </summary>
    public async Task<QueueConnection> WaitForAgentAsync(QueueTicket ticket, QueueDialing dialing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(dialing);
        DateTimeOffset? exhaustedAt = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task changed;
            List<LiveMember> ring;
            LiveQueue live;
            var now = _time.GetUtcNow();
            lock (_gate)
            {
                if (ticket.Left) throw new InvalidOperationException($"Call '{ticket.CallId}' has left queue '{ticket.Queue.Name}'.");
                changed = _changed.Task;
                live = Find(ticket.Queue) ?? Sync(ticket.Queue);
                var head = live.Callers.Count > 0 && ReferenceEquals(live.Callers[0], ticket);
                ring = head ? Pick(live, ticket, now) : [];
                if (head && ring.Count == 0 && exhaustedAt is { } at && now - at >= RetryDelay)
                {
                    ticket.Tried.Clear();
                    exhaustedAt = null;
                    ring = Pick(live, ticket, now);
                }
                if (head && ring.Count == 0 && ticket.Tried.Count > 0) exhaustedAt ??= now;
                Reserve(live, ticket, ring, now);
            }
            if (ring.Count > 0)
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

    /// <summary>Under the lock: the agents to ring now for the caller at the head, by the queue's strategy.</summary>
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

    /// <summary>Under the lock: the agents are ringing for this caller (no other caller rings them meanwhile).</summary>
    private void Reserve(LiveQueue live, QueueTicket ticket, List<LiveMember> ring, DateTimeOffset now)
    {
        if (ring.Count == 0) return;
        foreach (var member in ring)
        {
            member.Agent.Busy = QueueAgentState.Ringing;
            member.Agent.BusySince = now;
            ticket.Tried.Add(member.Agent.Key);
        }
        live.LastRung = ring[^1].Definition.Id;
        Signal();
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
            var now = _time.GetUtcNow();
            foreach (var member in ring.Where(m => winner is null || m.Definition.Id != winner.AgentId))
            {
                member.Agent.Busy = QueueAgentState.Available;
                member.Agent.BusySince = now;
            }
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
