namespace FlowBuilder.Server.CallCentre.QueueLive;

/// <summary>Why the agent pauses (lunch, training…); optional.</summary>
internal sealed record PauseAgentRequest(string? Reason);
