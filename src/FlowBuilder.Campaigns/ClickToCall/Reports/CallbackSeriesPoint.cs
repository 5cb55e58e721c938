namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Requests created in the bucket starting at <see cref="At"/>.</summary>
public sealed record CallbackSeriesPoint(DateTimeOffset At, long Total, long Completed, long Failed);
