using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;

namespace FlowBuilder.Engine.Tests.CallCentre.Queues;

/// <summary>Call queues over the call simulator and a fake clock: callers ring in and wait; agents are dialled on the simulator.</summary>
internal sealed class QueueRig
{
    public const string Company = "acme";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly List<SimulatedCallEvent> _dials = [];
    private readonly List<(string Target, int Nth, TaskCompletionSource<SimulatedCallEvent> Done)> _dialWaiters = [];

    public QueueRig()
    {
        Simulator = new CallSimulator(Clock, Records, new CallSimulatorOptions { InstantPrompts = true });
        Simulator.Event += e =>
        {
            if (e.Kind == SimulatedCallEventKind.Dialling) OnDialling(e);
        };
        Queues = new CallQueues(Clock);
    }

    public FakeTimeProvider Clock { get; } = new();
    public InMemoryCallRecordStore Records { get; } = new();
    public CallSimulator Simulator { get; }
    public CallQueues Queues { get; }

    /// <summary>The agents' targets in the order they were dialled.</summary>
    public IReadOnlyList<string> Dialled
    {
        get
        {
            lock (_dials) return _dials.Select(e => e.Text!).ToList();
        }
    }

    public static CallQueueDefinition Queue(QueueStrategy strategy, params string[] agents) =>
        new(Company, "support", agents.Select(a => new QueueAgentDefinition(a, a)).ToList())
        {
            Strategy = strategy,
            AgentRingSeconds = 15,
            WrapUpSeconds = 0,
        };

    /// <summary>An answered caller enters the queue and starts waiting for an agent.</summary>
    public async Task<Waiting> CallerAsync(CallQueueDefinition queue, string from, CancellationToken cancellationToken = default)
    {
        var call = Simulator.Ring(from, "+18005550100");
        await Simulator.AnswerAsync(call.Id, CancellationToken.None);
        var ticket = Queues.Enter(queue, call.Id, from);
        var connecting = Queues.WaitForAgentAsync(ticket, new QueueDialing(Simulator, from, null), cancellationToken);
        return new Waiting(call, ticket, connecting);
    }

    /// <summary>Completes when <paramref name="target"/> is dialled for the <paramref name="nth"/> time (counting past dials).</summary>
    public Task<SimulatedCallEvent> DiallingAsync(string target, int nth = 1)
    {
        lock (_dials)
        {
            var seen = _dials.Where(e => e.Text == target).Skip(nth - 1).FirstOrDefault();
            if (seen is not null) return Task.FromResult(seen);
            var done = new TaskCompletionSource<SimulatedCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            _dialWaiters.Add((target, nth, done));
            return done.Task.WaitAsync(Patience);
        }
    }

    public async Task<CallDetailRecord> RecordOfAsync(string callId)
    {
        await Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp).WaitAsync(Patience);
        return (await Records.FindAsync(callId, CancellationToken.None))!;
    }

    /// <summary>Completes once something waits on the fake clock (e.g. a dispatcher's retry delay), so advancing it is not lost.
    /// Yields rather than sleeps; gives up after the test's patience.</summary>
    public async Task TimerStartedAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (Clock.ActiveTimers == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Nothing started a timer on the fake clock.");
            await Task.Yield();
        }
    }

    private void OnDialling(SimulatedCallEvent entry)
    {
        lock (_dials)
        {
            _dials.Add(entry);
            var count = _dials.Count(e => e.Text == entry.Text);
            foreach (var waiter in _dialWaiters.Where(w => w.Target == entry.Text && w.Nth == count).ToList())
            {
                waiter.Done.TrySetResult(entry);
                _dialWaiters.Remove(waiter);
            }
        }
    }

    internal sealed record Waiting(CallInfo Call, QueueTicket Ticket, Task<QueueConnection> Connecting)
    {
        public Task<QueueConnection> ConnectedAsync() => Connecting.WaitAsync(Patience);
    }
}
