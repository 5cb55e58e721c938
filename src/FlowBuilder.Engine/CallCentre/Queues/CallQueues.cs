namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>
/// The live state of every company's call queues (one instance per server): callers waiting in order, agents and
/// what they are doing. An agent listed in several queues is one person (keyed by its target): while a call from one
/// queue rings or has them, no other queue rings them. Agents listed in a queue start logged in and available.
/// Callers are dispatched to agents by <see cref="WaitForAgentAsync"/>, every waiting caller at once in queue order, woken by
/// state changes (never by polling).
/// Queue definitions are passed in by the callers of these methods (read from <see cref="ICallQueueStore"/>), and each
/// call refreshes the queue's agent list from the definition given.
/// </summary>
public sealed partial class CallQueues
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string CompanyId, string Name), LiveQueue> _queues = new();
    private readonly Dictionary<string, LiveAgent> _agents = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = NewSignal();

    /// <param name="retryDelay">How long a caller whose every available agent was tried waits before trying them again
    /// (when no state change comes first); default 5 s.</param>
    public CallQueues(TimeProvider time, TimeSpan? retryDelay = null)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        RetryDelay = retryDelay ?? TimeSpan.FromSeconds(5);
    }

    public TimeSpan RetryDelay { get; }

    /// <summary>Puts a caller at the back of the queue (behind callers of the same or higher priority).</summary>
    public QueueTicket Enter(CallQueueDefinition queue, string callId, string caller, int priority = 0)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        lock (_gate)
        {
            var live = Sync(queue);
            var index = live.Callers.FindIndex(t => t.Priority < priority);
            if (index < 0) index = live.Callers.Count;
            var ticket = new QueueTicket(queue, callId, caller ?? "", _time.GetUtcNow(), index + 1, priority);
            live.Callers.Insert(index, ticket);
            Signal();
            return ticket;
        }
    }

    /// <summary>Takes the caller out of the queue (gave up, timed out, hung up); leaving twice does nothing.</summary>
    public void Leave(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            if (ticket.Left) return;
            ticket.Left = true;
            Find(ticket.Queue)?.Callers.Remove(ticket);
            Signal();
        }
    }

    /// <summary>The caller's current position (1 = next to be served); 0 once it left.</summary>
    public int PositionOf(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate) return ticket.Left ? 0 : (Find(ticket.Queue)?.Callers.IndexOf(ticket) ?? -1) + 1;
    }

    /// <summary>Mean wait (seconds) of the queue's recently answered callers; null before any was answered.</summary>
    public double? RecentAverageWait(CallQueueDefinition queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        lock (_gate) return Find(queue) is { RecentWaits.Count: > 0 } live ? live.RecentWaits.Average() : null;
    }

    public QueueAgentActionResult LogIn(CallQueueDefinition queue, string agentId) =>
        Act(queue, agentId, m =>
        {
            if (m.LoggedIn) return false;
            m.LoggedIn = true;
            m.Paused = false;
            m.PauseReason = null;
            return true;
        });

    public QueueAgentActionResult LogOut(CallQueueDefinition queue, string agentId) =>
        Act(queue, agentId, m =>
        {
            if (!m.LoggedIn) return false;
            m.LoggedIn = false;
            m.Paused = false;
            m.PauseReason = null;
            return true;
        });

    /// <summary>Stops offering calls to the agent in this queue; an agent ringing now finishes that ring but is not rung again.
    /// Pausing a logged-out agent logs them in paused.</summary>
    public QueueAgentActionResult Pause(CallQueueDefinition queue, string agentId, string? reason) =>
        Act(queue, agentId, m =>
        {
            m.LoggedIn = true;
            m.Paused = true;
            m.PauseReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            return true;
        });

    public QueueAgentActionResult Resume(CallQueueDefinition queue, string agentId) =>
        Act(queue, agentId, m =>
        {
            if (m.LoggedIn && !m.Paused) return false;
            m.LoggedIn = true;
            m.Paused = false;
            m.PauseReason = null;
            return true;
        });

    /// <summary>The queue's callers (head first) and agents now.</summary>
    public QueueSnapshot Snapshot(CallQueueDefinition queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        lock (_gate)
        {
            var live = Sync(queue);
            var now = _time.GetUtcNow();
            var callers = live.Callers.Select((t, i) => new QueueCallerSnapshot(t.CallId, t.Caller, i + 1, t.EnteredAt, (now - t.EnteredAt).TotalSeconds)).ToList();
            var agents = live.Members.Select(m => m.Snapshot(now)).ToList();
            return new QueueSnapshot(queue.CompanyId, queue.Name, now, callers, agents);
        }
    }

    /// <summary>Completes at the next change of any queue's state (a caller entered or left, an agent's state changed).</summary>
    public Task Changed()
    {
        lock (_gate) return _changed.Task;
    }

    private QueueAgentActionResult Act(CallQueueDefinition queue, string agentId, Func<LiveMember, bool> change)
    {
        ArgumentNullException.ThrowIfNull(queue);
        lock (_gate)
        {
            var member = Sync(queue).Members.Find(m => string.Equals(m.Definition.Id, agentId, StringComparison.Ordinal));
            if (member is null) return new QueueAgentActionResult(QueueAgentActionStatus.UnknownAgent);
            var now = _time.GetUtcNow();
            var wasLoggedOut = !member.LoggedIn;
            if (change(member))
            {
                member.Since = now;
                // Logging in makes an agent idle from now on (LongestIdle), unless a call has them.
                if (wasLoggedOut && member.LoggedIn && member.Agent.Busy == QueueAgentState.Available) member.Agent.IdleSince = now;
                Signal();
            }
            return new QueueAgentActionResult(QueueAgentActionStatus.Done, member.Snapshot(now));
        }
    }

    /// <summary>Under the lock: the queue's live state, created on first use and its members refreshed from <paramref name="queue"/>.</summary>
    private LiveQueue Sync(CallQueueDefinition queue)
    {
        var key = (queue.CompanyId, queue.Name);
        var now = _time.GetUtcNow();
        if (!_queues.TryGetValue(key, out var live)) _queues[key] = live = new LiveQueue(queue);
        if (ReferenceEquals(live.Definition, queue) && live.Members.Count == queue.Agents.Count) return live;
        live.Definition = queue;
        var members = new List<LiveMember>(queue.Agents.Count);
        foreach (var agent in queue.Agents)
        {
            var agentKey = KeyOf(agent);
            var existing = live.Members.Find(m => m.Definition.Id == agent.Id && m.Agent.Key == agentKey);
            if (existing is not null && existing.Definition != agent)
                existing = new LiveMember(agent, existing.Agent, existing.LoggedIn, existing.Since)
                    { Paused = existing.Paused, PauseReason = existing.PauseReason, CallsAnswered = existing.CallsAnswered };
            members.Add(existing ?? new LiveMember(agent, AgentFor(agentKey, now), loggedIn: true, now));
        }
        live.Members.Clear();
        live.Members.AddRange(members);
        return live;
    }

    private LiveQueue? Find(CallQueueDefinition queue) => _queues.GetValueOrDefault((queue.CompanyId, queue.Name));

    private LiveAgent AgentFor(string key, DateTimeOffset now)
    {
        if (!_agents.TryGetValue(key, out var agent)) _agents[key] = agent = new LiveAgent(key, now);
        return agent;
    }

    private static string KeyOf(QueueAgentDefinition agent) => agent.Kind == CallTargetKind.Number
        ? "number:" + CallerNumbers.Normalize(agent.Target)
        : "extension:" + agent.Target.Trim();

    /// <summary>Under the lock: wakes everything waiting for a change.</summary>
    private void Signal()
    {
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
