namespace FlowBuilder.Engine.CallCentre;

/// <summary>Forward to <see cref="Target"/> on <see cref="Days"/> between <see cref="From"/> and <see cref="To"/> (local
/// time of the forwarding's time zone; <see cref="To"/> before <see cref="From"/> spans midnight; equal to it, the whole day).</summary>
public sealed record ScheduledForward(IReadOnlyList<DayOfWeek> Days, TimeOnly From, TimeOnly To, string Target);
