using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Engine.Hosting;

namespace FlowBuilder.Server.Hosting;

/// <summary>Logs, at start, which plugin activities were loaded and which plugin files were skipped.</summary>
internal sealed partial class PluginReport(IEnumerable<PluginLoader> loaders, ActivityRegistry registry, ILogger<PluginReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var count = registry.Descriptors.Count(d => d.Source.StartsWith("plugin:", StringComparison.Ordinal));
        foreach (var loader in loaders)
        {
            LogLoaded(logger, count, loader.Folder);
            foreach (var failure in loader.Failures) LogSkipped(logger, failure);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} plugin activities loaded (plugins folder {Folder})")]
    private static partial void LogLoaded(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin skipped: {Failure}")]
    private static partial void LogSkipped(ILogger logger, string failure);
}
