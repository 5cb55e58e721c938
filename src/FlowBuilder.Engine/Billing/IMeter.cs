namespace FlowBuilder.Engine.Billing;

/// <summary>
/// Where features and activities count billable actions. The billing implementation prices the event with the company's tariff
/// and debits the balance once per (company, metric, source id); recording the same event again changes nothing.
/// </summary>
public interface IMeter
{
    /// <summary>Records and rates the event; the result says whether it was new.</summary>
    ValueTask<LedgerPostResult> RecordAsync(MetricEvent metricEvent, CancellationToken cancellationToken);
}
