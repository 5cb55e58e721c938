using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Flows;

/// <summary>A saved draft and what the validator says of it.</summary>
public sealed record FlowChange(StoredFlow Flow, ValidationReport Report);
