using FlowBuilder.Activities;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Cli.Hosting;

/// <summary>The engine in this process, with in-memory stores: built-in activities plus any plugins.
/// Nothing runs in the background except the engine's own writer and timers.</summary>
internal sealed class LocalEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LocalEngine(ServiceProvider services, IReadOnlyList<string> pluginFailures)
    {
        _services = services;
        PluginFailures = pluginFailures;
    }

    public FlowCompiler Compiler => _services.GetRequiredService<FlowCompiler>();
    public FlowEngine Engine => _services.GetRequiredService<FlowEngine>();
    public IInstanceStore Store => _services.GetRequiredService<IInstanceStore>();

    /// <summary>Plugin DLLs that could not be loaded, as "file: reason".</summary>
    public IReadOnlyList<string> PluginFailures { get; }

    /// <param name="flows">Where subflows are looked up; in memory (empty) when null.</param>
    public static LocalEngine Create(string? pluginsFolder, IFlowRepository? flows = null, Action<EngineOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (flows is not null) services.AddSingleton(flows);
        services.AddFlowBuilder(f =>
        {
            f.AddBuiltInActivities();
            if (pluginsFolder is not null) f.AddPlugins(pluginsFolder);
        });
        if (configure is not null) services.Configure(configure);
        var provider = services.BuildServiceProvider();
        var failures = provider.GetService<PluginLoader>()?.Failures ?? [];
        return new LocalEngine(provider, failures);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
