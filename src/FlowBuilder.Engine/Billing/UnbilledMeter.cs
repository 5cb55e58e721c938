namespace FlowBuilder.Engine.Billing;

/// <summary>The meter of a host where billing is not installed (the CLI): records nothing, charges nothing.</summary>
internal sealed class UnbilledMeter : IMeter
{
    public ValueTask<LedgerPostResult> RecordAsync(MetricEvent metricEvent, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new LedgerPostResult(true, 0m));
}
