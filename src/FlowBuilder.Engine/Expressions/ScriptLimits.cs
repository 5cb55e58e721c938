namespace FlowBuilder.Engine.Expressions;

/// <summary>The sandbox a script runs in. A script past any limit fails its node, never the process.</summary>
/// <param name="MaxStatements">Statements one evaluation may execute.</param>
/// <param name="Timeout">Wall-clock time one evaluation may take.</param>
/// <param name="MaxRecursion">Nested function calls one evaluation may make.</param>
public sealed record ScriptLimits(int MaxStatements = 100_000, TimeSpan? Timeout = null, int MaxRecursion = 64)
{
    public static ScriptLimits Default { get; } = new();

    public TimeSpan EffectiveTimeout => Timeout ?? TimeSpan.FromSeconds(1);
}
