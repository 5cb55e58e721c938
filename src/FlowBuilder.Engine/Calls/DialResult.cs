namespace FlowBuilder.Engine.Calls;

/// <summary>How a Dial ended; <see cref="Call"/> is set when it was answered.</summary>
/// <param name="StatusCode">The SIP final response, when there was one (486, 603, 404…).</param>
public sealed record DialResult(DialStatus Status, CallInfo? Call = null, int? StatusCode = null, string? Reason = null);
