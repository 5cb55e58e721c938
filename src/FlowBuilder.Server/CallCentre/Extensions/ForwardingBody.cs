namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>Where an extension's calls go instead, in requests and answers. Targets: an extension number, <c>ext:NUMBER</c>,
/// <c>group:NAME</c>, an outside number or a SIP URI. <c>timeZone</c> is an IANA name (e.g. Europe/Berlin); UTC when left out.</summary>
internal sealed record ForwardingBody(string? Always, string? OnBusy, string? OnNoAnswer, string? TimeZone, IReadOnlyList<ScheduleEntryBody>? Schedule);
