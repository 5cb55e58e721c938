using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Compilation;

/// <summary>A plan when the flow has no errors, and every problem found either way.</summary>
public sealed record CompileResult(ExecutablePlan? Plan, ValidationReport Report);
