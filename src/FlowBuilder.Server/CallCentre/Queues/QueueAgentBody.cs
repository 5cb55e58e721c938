namespace FlowBuilder.Server.CallCentre.Queues;

/// <summary>An agent of a queue, in requests and answers.</summary>
/// <param name="Id">Unique in the queue; what login, logout and pause name. The target when left out.</param>
/// <param name="Target">An extension number, or an outside number for an <c>external</c> agent.</param>
/// <param name="Kind"><c>extension</c> (default) or <c>external</c>.</param>
internal sealed record QueueAgentBody(string? Id, string? Target, string? Kind, string? Name);
