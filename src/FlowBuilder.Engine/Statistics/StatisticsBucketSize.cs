namespace FlowBuilder.Engine.Statistics;

public enum StatisticsBucketSize
{
    Hour,
    Day,
    Week,
    Month,
}
