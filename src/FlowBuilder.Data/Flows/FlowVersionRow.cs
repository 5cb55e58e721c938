using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Flows;

internal sealed class FlowVersionRow
{
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public int Version { get; set; }
    public string DefinitionJson { get; set; } = "";
    public string? Note { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public bool Retracted { get; set; }

    public StoredFlowVersion ToStoredVersion() =>
        new(CompanyId, FlowId, Version, FlowJson.Parse(DefinitionJson), Note, PublishedAt, Retracted);
}
