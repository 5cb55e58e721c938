using System.Collections.Concurrent;
using FlowBuilder.Engine.Calls.Simulator;

namespace FlowBuilder.Server.Simulator;

/// <summary>
/// Keeps the server's simulator from growing without end: the transcripts of the last <see cref="Kept"/> ended
/// calls stay readable over the API; older ones are forgotten (their CDRs stay in the call records).
/// </summary>
internal sealed class EndedSimulatedCalls : IHostedService
{
    public const int Kept = 1000;

    private readonly CallSimulator _simulator;
    private readonly ConcurrentQueue<string> _ended = new();

    public EndedSimulatedCalls(CallSimulator simulator) => _simulator = simulator;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _simulator.Event += OnEvent;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _simulator.Event -= OnEvent;
        return Task.CompletedTask;
    }

    private void OnEvent(SimulatedCallEvent e)
    {
        if (e.Kind != SimulatedCallEventKind.HungUp) return;
        _ended.Enqueue(e.CallId);
        // Forget runs off the simulator's lock (events are raised under it).
        while (_ended.Count > Kept && _ended.TryDequeue(out var oldest)) ThreadPool.QueueUserWorkItem(id => _simulator.Forget(id), oldest, preferLocal: false);
    }
}
