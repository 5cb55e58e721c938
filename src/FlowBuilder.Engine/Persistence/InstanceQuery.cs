using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Filters for listing instances; newest first. <see cref="Skip"/>/<see cref="Take"/> page the result.</summary>
public sealed record InstanceQuery(
    string CompanyId,
    string? FlowId = null,
    InstanceStatus? Status = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    string? CorrelationId = null,
    int Skip = 0,
    int Take = 50);
