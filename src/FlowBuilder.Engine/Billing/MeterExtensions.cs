using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Billing;

public static class MeterExtensions
{
    /// <summary>Records the event; a failure is logged and returns null, so metering never fails the call, message or flow it counts.</summary>
    public static async ValueTask<LedgerPostResult?> RecordQuietlyAsync(this IMeter meter, MetricEvent metricEvent, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(metricEvent);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            return await meter.RecordAsync(metricEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(error, "Metering {Metric} x{Quantity} (source {SourceId}) for company {CompanyId} failed; the action was not charged",
                metricEvent.Metric, metricEvent.Quantity, metricEvent.SourceId, metricEvent.CompanyId);
            return null;
        }
    }
}
