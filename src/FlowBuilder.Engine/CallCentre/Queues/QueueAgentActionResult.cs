namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>The result of an agent action; <see cref="Agent"/> is the agent's state afterwards when it was done.</summary>
public sealed record QueueAgentActionResult(QueueAgentActionStatus Status, QueueAgentSnapshot? Agent = null);
