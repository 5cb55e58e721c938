using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>The stores of one "process" on a migrated test database.</summary>
public sealed class TestStores(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;
    public IFlowRepository Flows => Services.GetRequiredService<IFlowRepository>();
    public IInstanceStore Instances => Services.GetRequiredService<IInstanceStore>();
    public ICallRecordStore CallRecords => Services.GetRequiredService<ICallRecordStore>();
    public ICallRecordingStore Recordings => Services.GetRequiredService<ICallRecordingStore>();
    public IExtensionStore Extensions => Services.GetRequiredService<IExtensionStore>();
    public IExtensionGroupStore Groups => Services.GetRequiredService<IExtensionGroupStore>();
    public ICallQueueStore Queues => Services.GetRequiredService<ICallQueueStore>();
    public ICallerListStore CallerLists => Services.GetRequiredService<ICallerListStore>();
    public IQueueCallStore QueueCalls => Services.GetRequiredService<IQueueCallStore>();

    public static async Task<TestStores> OpenAsync(TestDatabase database)
    {
        var stores = new TestStores(database.BuildServices());
        await FlowBuilderDatabase.MigrateAsync(stores.Services);
        return stores;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
