using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Data.Campaigns;

/// <summary>One dial of one contact; (campaign, contact, number) is unique, so the database refuses a duplicated attempt.</summary>
internal sealed class CampaignAttemptRow
{
    public string Id { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string CampaignId { get; set; } = "";
    public string ContactId { get; set; } = "";
    public int Number { get; set; }
    public string Phone { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public AttemptDisposition? Disposition { get; set; }
    public int? SipStatus { get; set; }
    public double TalkSeconds { get; set; }
    public string? Result { get; set; }
    public bool Converted { get; set; }
    public string? CallId { get; set; }
    public string? InstanceId { get; set; }
    public string? Operator { get; set; }
    public string? OperatorDisposition { get; set; }
    public string? Notes { get; set; }
    public string? Node { get; set; }

    public static CampaignAttemptRow Of(string companyId, CampaignAttempt attempt) => new()
    {
        Id = attempt.Id,
        CompanyId = companyId,
        CampaignId = attempt.CampaignId,
        ContactId = attempt.ContactId,
        Number = attempt.Number,
        Phone = attempt.Phone,
        StartedAt = attempt.StartedAt,
        AnsweredAt = attempt.AnsweredAt,
        EndedAt = attempt.EndedAt,
        Disposition = attempt.Disposition,
        SipStatus = attempt.SipStatus,
        TalkSeconds = attempt.TalkSeconds,
        Result = attempt.Result,
        Converted = attempt.Converted,
        CallId = attempt.CallId,
        InstanceId = attempt.InstanceId,
        Operator = attempt.Operator,
        OperatorDisposition = attempt.OperatorDisposition,
        Notes = attempt.Notes,
        Node = attempt.Node,
    };

    public CampaignAttempt ToAttempt() => new(Id, CampaignId, ContactId, Number, Phone, StartedAt)
    {
        AnsweredAt = AnsweredAt,
        EndedAt = EndedAt,
        Disposition = Disposition,
        SipStatus = SipStatus,
        TalkSeconds = TalkSeconds,
        Result = Result,
        Converted = Converted,
        CallId = CallId,
        InstanceId = InstanceId,
        Operator = Operator,
        OperatorDisposition = OperatorDisposition,
        Notes = Notes,
        Node = Node,
    };
}
