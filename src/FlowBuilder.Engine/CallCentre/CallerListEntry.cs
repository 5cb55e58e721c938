namespace FlowBuilder.Engine.CallCentre;

/// <summary>A caller on a company's blacklist or whitelist, matched on the caller's number (digits and a leading +).</summary>
/// <param name="FlowId">For <see cref="CallerListKind.Allowed"/>: a published flow that handles this caller's calls instead.</param>
public sealed record CallerListEntry(string CompanyId, string Number, CallerListKind Kind, string? FlowId = null, string? Note = null);
