using System.Text.Json.Nodes;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Instances;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>One dial of one contact; <see cref="Result"/> is the flow's result as JSON.</summary>
internal sealed record AttemptView(
    string Id,
    string CampaignId,
    string ContactId,
    int Number,
    string Phone,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    AttemptDisposition? Disposition,
    int? SipStatus,
    double TalkSeconds,
    JsonNode? Result,
    bool Converted,
    string? CallId,
    string? InstanceId,
    string? Operator,
    string? OperatorDisposition,
    string? Notes,
    string? Node)
{
    public static AttemptView From(CampaignAttempt a) => new(a.Id, a.CampaignId, a.ContactId, a.Number, a.Phone, a.StartedAt, a.AnsweredAt, a.EndedAt,
        a.Disposition, a.SipStatus, a.TalkSeconds, JsonText.Parse(a.Result), a.Converted, a.CallId, a.InstanceId, a.Operator, a.OperatorDisposition, a.Notes, a.Node);
}
