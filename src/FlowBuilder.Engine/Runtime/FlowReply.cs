namespace FlowBuilder.Engine.Runtime;

/// <summary>An answer from a flow to whoever is waiting on it (a synchronous webhook caller).</summary>
public sealed record FlowReply(int StatusCode, object? Body, IReadOnlyDictionary<string, string>? Headers = null, string? ContentType = null);
