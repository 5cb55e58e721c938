namespace FlowBuilder.Engine.Calls;

/// <summary>Filters for listing CDRs; null fields do not filter. <see cref="Limit"/> is capped at 1000.</summary>
public sealed record CallRecordQuery(
    string? CompanyId = null,
    string? FlowId = null,
    string? InstanceId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = 100);
