namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Requests created in [From, To): counts by status and the averages of the completed ones.</summary>
/// <param name="CompletionRate">Completed / (total − cancelled), 0 when none.</param>
/// <param name="AverageWaitSeconds">Creation to completion, over completed requests.</param>
/// <param name="Revenue">Sum of the completed requests' prices (the invoice total); null Currency when none.</param>
public sealed record CallbackSummary(
    DateTimeOffset From,
    DateTimeOffset To,
    long Total,
    long Completed,
    long FailedCallingClient,
    long FailedCallingCompany,
    long Waiting,
    long Calling,
    long Cancelled,
    double CompletionRate,
    double AverageWaitSeconds,
    double AverageTalkSeconds,
    decimal Revenue,
    string? Currency);
