using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Calls;

namespace FlowBuilder.Server.Simulator;

/// <summary>A simulated call and its transcript.</summary>
internal sealed record SimulatedCallView(string CallId, string? InstanceId, string From, string To, bool Up, IReadOnlyList<SimulatedCallEventView> Events)
{
    public static SimulatedCallView Of(CallInfo call, string? instanceId, bool up, IReadOnlyList<SimulatedCallEvent> transcript) =>
        new(call.Id, instanceId, call.From, call.To, up, transcript.Select(SimulatedCallEventView.From).ToList());
}

/// <summary>One line of a simulated call's transcript: <c>kind</c> is <c>said</c>, <c>played</c>, <c>digit-pressed</c>, <c>hung-up</c>, …</summary>
internal sealed record SimulatedCallEventView(string Kind, DateTimeOffset At, string? Text, string? Voice, double? Seconds, string? By, string? Cause, string Line)
{
    public static SimulatedCallEventView From(SimulatedCallEvent e) => new(
        CallView.Kebab(e.Kind.ToString()), e.At, e.Text, e.Voice, e.Duration?.TotalSeconds,
        e.By is { } by ? CallView.Kebab(by.ToString()) : null, e.Cause is { } cause ? CallView.Kebab(cause.ToString()) : null, e.ToString());
}
