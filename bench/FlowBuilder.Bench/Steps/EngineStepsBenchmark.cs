using BenchmarkDotNet.Attributes;
using FlowBuilder.Bench.Support;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Bench.Steps;

/// <summary>
/// (a) Engine steps per second on the 50-node control flow, in memory. Every operation is one step:
/// BenchmarkDotNet's Mean is the time per step and Allocated the bytes per step. <c>OneInstance</c>
/// runs one instance at a time (one core busy: the per-core figure); <c>Concurrent64</c> keeps 64 in
/// flight on every core. <see cref="Scripts"/> = literal runs the same graph with no JavaScript;
/// <see cref="Journal"/> = entries writes journal entries without the input/output summaries.
/// </summary>
[MemoryDiagnoser]
public class EngineStepsBenchmark
{
    public const int StepsPerInstance = 50;
    public const int InFlight = 64;

    private readonly Task<InstanceSettled>[] _batch = new Task<InstanceSettled>[InFlight];
    private BenchEngine _engine = null!;
    private ExecutablePlan _plan = null!;
    private StartRequest _request = null!;

    [Params("off", "entries", "on")]
    public string Journal { get; set; } = "on";

    [Params("js", "literal")]
    public string Scripts { get; set; } = "js";

    [GlobalSetup]
    public void Setup()
    {
        _engine = BenchEngine.InMemory(Journal != "off", new DiscardingInstanceStore(), journalValues: Journal == "on");
        var flow = Scripts == "js" ? BenchFlows.Control50() : BenchFlows.Control50WithoutScripts();
        _plan = _engine.Compile(flow);
        if (_plan.Nodes.Count != StepsPerInstance) throw new InvalidOperationException($"The benchmark flow has {_plan.Nodes.Count} nodes, not {StepsPerInstance}.");
        _request = new StartRequest(BenchEngine.CompanyId, _plan.FlowId);
        var settled = _engine.Engine.Start(_plan, _request).Settled.GetAwaiter().GetResult();
        var expected = Scripts == "js" ? (object)24d : 1d;
        if (settled.Status != InstanceStatus.Completed || !Equals(settled.Result, expected))
            throw new InvalidOperationException($"The benchmark flow ended {settled.Status} with {settled.Result ?? settled.FaultMessage}, not Completed with {expected}: not every step ran.");
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = StepsPerInstance)]
    public Task<InstanceSettled> OneInstance() => _engine.Engine.Start(_plan, _request).Settled;

    [Benchmark(OperationsPerInvoke = StepsPerInstance * InFlight)]
    public Task Concurrent64()
    {
        for (var i = 0; i < InFlight; i++) _batch[i] = _engine.Engine.Start(_plan, _request).Settled;
        return Task.WhenAll(_batch);
    }
}
