namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>Body of <c>POST /api/operator/session</c>: the operator's extension, its SIP password, and the campaign to work.</summary>
internal sealed record OperatorSessionRequest(string? Extension, string? Password, string? CampaignId);
