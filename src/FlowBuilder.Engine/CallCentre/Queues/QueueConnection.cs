using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>An agent answered a queue caller: <see cref="AgentCall"/> is the agent's answered leg, not yet bridged.</summary>
public sealed record QueueConnection(string AgentId, string AgentTarget, CallInfo AgentCall, DateTimeOffset AnsweredAt);
