namespace FlowBuilder.Server.Instances;

internal sealed record InstancePageView(IReadOnlyList<InstanceSummaryView> Items, int Total, int Skip, int Take);
