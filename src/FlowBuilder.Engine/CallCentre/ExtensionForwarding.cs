namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// Where calls to an extension go instead. Targets use the call-target syntax of <see cref="CallTarget"/>
/// (an extension number, <c>group:name</c>, or an outside number). <see cref="Schedule"/> is checked first, then
/// <see cref="Always"/>; <see cref="OnBusy"/> and <see cref="OnNoAnswer"/> apply after the extension was rung.
/// </summary>
/// <param name="TimeZone">IANA time zone of the schedule; null for UTC.</param>
public sealed record ExtensionForwarding(
    string? Always = null,
    string? OnBusy = null,
    string? OnNoAnswer = null,
    IReadOnlyList<ScheduledForward>? Schedule = null,
    string? TimeZone = null)
{
    public static ExtensionForwarding None { get; } = new();
}
