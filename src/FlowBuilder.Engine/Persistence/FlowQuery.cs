using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Search is a case-insensitive match on id or name.</summary>
public sealed record FlowQuery(string? Search = null, FlowStatus? Status = null);
