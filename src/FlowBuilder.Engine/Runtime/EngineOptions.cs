using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Runtime;

/// <summary>Runtime settings (section <c>FlowBuilder:Engine</c> in configuration).</summary>
public sealed class EngineOptions
{
    /// <summary>Steps one instance may take before it faults (stops runaway loops). Default 1,000.</summary>
    public int StepLimit { get; set; } = 1_000;

    /// <summary>Stimuli kept for an instance that is not yet waiting for them. Default 100.</summary>
    public int MaxPendingStimuli { get; set; } = 100;

    /// <summary>Write a journal entry per step. Default on.</summary>
    public bool Journal { get; set; } = true;

    /// <summary>Include a summary of each step's evaluated inputs and outputs in its journal entry.</summary>
    public bool JournalValues { get; set; } = true;

    /// <summary>Longest input/output summary kept per journal entry, in characters.</summary>
    public int JournalValueLimit { get; set; } = 1_000;

    /// <summary>Most records written in one store transaction.</summary>
    public int WriteBatchSize { get; set; } = 2_000;

    /// <summary>Queued writes (snapshots, journal chunks) past which new instances wait to start until
    /// the store catches up to 90 %: a store slower than the load slows intake instead of filling memory.</summary>
    public long MaxWriteBacklog { get; set; } = 4_000;

    public int ScriptMaxStatements { get; set; } = 100_000;
    public int ScriptTimeoutMs { get; set; } = 1_000;
    public int ScriptMaxRecursion { get; set; } = 64;

    public ScriptLimits ScriptLimits => new(ScriptMaxStatements, TimeSpan.FromMilliseconds(ScriptTimeoutMs), ScriptMaxRecursion);
}
