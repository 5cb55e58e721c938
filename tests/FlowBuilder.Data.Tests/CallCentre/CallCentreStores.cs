using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.Tests.CallCentre;

/// <summary>The five call-centre stores of one process.</summary>
public sealed record CallCentreStores(
    IExtensionStore Extensions, IExtensionGroupStore Groups, ICallQueueStore Queues, ICallerListStore CallerLists, IQueueCallStore QueueCalls);
