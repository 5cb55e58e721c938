namespace FlowBuilder.Engine.Statistics;

/// <summary>Aggregates of call detail records for the dashboard; every bucket of the range is returned, empty ones with zeros.</summary>
public interface ICallStatistics
{
    ValueTask<IReadOnlyList<CallStatisticsBucket>> SummarizeAsync(CallStatisticsQuery query, CancellationToken cancellationToken);
}
