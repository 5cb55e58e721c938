using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Engine.Hosting;

public static class FlowBuilderServiceCollectionExtensions
{
    /// <summary>Adds the engine: activity registry, compiler, runtime, flow catalog, call
    /// channels and CDRs. Stores default to memory; FlowBuilder.Data replaces them with SQLite or PostgreSQL.</summary>
    public static IServiceCollection AddFlowBuilder(this IServiceCollection services, Action<FlowBuilderBuilder>? configure = null)
    {
        var registry = services.Select(d => d.ImplementationInstance).OfType<ActivityRegistry>().FirstOrDefault();
        if (registry is null)
        {
            registry = new ActivityRegistry();
            services.AddSingleton(registry);
            services.AddOptions<EngineOptions>();
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<EngineOptions>>().Value);
            services.TryAddSingleton(sp => new ExpressionCompiler(sp.GetRequiredService<EngineOptions>().ScriptLimits));
            services.TryAddSingleton<IActivityFactory, ServiceProviderActivityFactory>();
            services.TryAddSingleton(sp => new FlowCompiler(
                sp.GetRequiredService<ActivityRegistry>(),
                sp.GetRequiredService<IActivityFactory>(),
                sp.GetRequiredService<ExpressionCompiler>(),
                sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<IFlowRepository>(sp => new InMemoryFlowRepository(sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<IInstanceStore, InMemoryInstanceStore>();
            services.TryAddSingleton(sp => new PlanCache(sp.GetRequiredService<IFlowRepository>(), sp.GetRequiredService<FlowCompiler>()));
            services.TryAddSingleton(sp => new FlowEngine(
                sp.GetRequiredService<PlanCache>(),
                sp.GetRequiredService<IInstanceStore>(),
                sp.GetRequiredService<EngineOptions>(),
                sp.GetRequiredService<TimeProvider>(),
                sp,
                sp.GetService<ILogger<FlowEngine>>()));
            services.TryAddSingleton(sp => new TriggerDirectory(sp.GetRequiredService<IFlowRepository>(), sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton(sp => new FlowCatalog(
                sp.GetRequiredService<IFlowRepository>(),
                sp.GetRequiredService<FlowCompiler>(),
                sp.GetRequiredService<PlanCache>(),
                sp.GetRequiredService<TriggerDirectory>()));
            services.AddOptions<CallChannelOptions>();
            services.TryAddSingleton<ICallRecordStore, InMemoryCallRecordStore>();
            services.TryAddSingleton<ICallRecordingStore, InMemoryCallRecordingStore>();
            services.TryAddSingleton<IExtensionStore, InMemoryExtensionStore>();
            services.TryAddSingleton<IExtensionGroupStore>(sp => new InMemoryExtensionGroupStore(sp.GetRequiredService<IExtensionStore>()));
            services.TryAddSingleton<ICallQueueStore, InMemoryCallQueueStore>();
            services.TryAddSingleton<ICallerListStore, InMemoryCallerListStore>();
            services.TryAddSingleton<IQueueCallStore, InMemoryQueueCallStore>();
            services.TryAddSingleton(sp => new InMemoryInfoDatabaseStore());
            services.TryAddSingleton<IInfoDatabaseStore>(sp => sp.GetRequiredService<InMemoryInfoDatabaseStore>());
            services.TryAddSingleton<IContactStore>(sp => new InMemoryContactStore(sp.GetRequiredService<InMemoryInfoDatabaseStore>()));
            services.TryAddSingleton<IDoNotCallList>(sp => new InMemoryDoNotCallList(sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton(sp => new CallTargets(sp.GetRequiredService<IExtensionStore>(), sp.GetRequiredService<IExtensionGroupStore>()));
            services.TryAddSingleton(sp => new CallConnector(
                sp.GetRequiredService<CallTargets>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<CallConnector>>()));
            services.TryAddSingleton(sp => new CallChannels(
                sp.GetServices<ICallControl>(), sp.GetRequiredService<IOptions<CallChannelOptions>>().Value, sp.GetRequiredService<ISpendingGuard>()));
            services.TryAddSingleton(sp => new CallFlows(
                sp.GetRequiredService<FlowEngine>(),
                sp.GetRequiredService<TriggerDirectory>(),
                sp.GetRequiredService<CallChannels>(),
                sp.GetService<ILogger<CallFlows>>() ?? NullLogger<CallFlows>.Instance,
                sp.GetService<FlowBuilder.Engine.CallCentre.ICallerListStore>(),
                sp.GetService<IEventPublisher>()));
            services.TryAddSingleton(sp => new PlacedCalls(sp.GetRequiredService<FlowEngine>(), sp.GetService<ILogger<PlacedCalls>>()));
            services.TryAddSingleton(sp => new FlowBuilder.Engine.CallCentre.Queues.CallQueues(sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<IEventPublisher>(NullEventPublisher.Instance);
            // Billing (FlowBuilder.Billing) replaces both; a host without it (the CLI) meters nothing and never refuses.
            services.TryAddSingleton<IMeter, UnbilledMeter>();
            services.TryAddSingleton<ISpendingGuard, UnlimitedSpending>();
            services.AddHostedService<EngineStartup>();
        }
        configure?.Invoke(new FlowBuilderBuilder(services, registry));
        return services;
    }
}
