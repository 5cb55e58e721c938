namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>Body of <c>POST /api/operator/disposition</c>: the attempt the form is about, one of the campaign's codes, and notes.</summary>
internal sealed record DispositionRequest(string? AttemptId, string? Code, string? Notes);
