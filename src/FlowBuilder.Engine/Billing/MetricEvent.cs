namespace FlowBuilder.Engine.Billing;

/// <summary>Something countable that happened, to be rated once.</summary>
/// <param name="SourceId">Unique per company and metric: the same event recorded twice (a replay, a retry) is rated once.</param>
public sealed record MetricEvent(string CompanyId, string Metric, decimal Quantity, string SourceId, DateTimeOffset OccurredAt);
