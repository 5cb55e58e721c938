using BenchmarkDotNet.Attributes;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Bench.Steps;

/// <summary>Where a step's time goes: one evaluation of the benchmark flow's JavaScript decision and
/// increment, outside the engine (Jint 2.10.4, the per-thread sandbox the engine uses).</summary>
[MemoryDiagnoser]
public class ScriptCostBenchmark
{
    private CompiledExpression _decision = null!;
    private CompiledExpression _increment = null!;
    private ExpressionScope _scope = null!;

    [GlobalSetup]
    public void Setup()
    {
        _decision = ExpressionCompiler.Default.Compile("js: vars.n < 1000", out var decisionError);
        _increment = ExpressionCompiler.Default.Compile("js: vars.n + 1", out var incrementError);
        if (decisionError is not null || incrementError is not null) throw new InvalidOperationException("The benchmark scripts do not compile.");
        _scope = new ExpressionScope(new Dictionary<string, object?> { ["n"] = 5d }, [], null, []);
    }

    [Benchmark]
    public object? Decision() => _decision.Evaluate(_scope);

    [Benchmark]
    public object? Increment() => _increment.Evaluate(_scope);
}
