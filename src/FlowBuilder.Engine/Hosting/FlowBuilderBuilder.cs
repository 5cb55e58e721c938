using System.Reflection;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Hosting;

/// <summary>Configures FlowBuilder inside <c>AddFlowBuilder(f => …)</c>: activities, plugins, stores.</summary>
public sealed class FlowBuilderBuilder(IServiceCollection services, ActivityRegistry activities)
{
    public IServiceCollection Services { get; } = services;
    public ActivityRegistry Activities { get; } = activities;

    /// <summary>Registers one activity class; its constructor's dependencies come from DI.</summary>
    public FlowBuilderBuilder AddActivity<TActivity>() where TActivity : class, IActivity
    {
        Activities.Add(typeof(TActivity));
        return this;
    }

    /// <summary>Registers every class with <see cref="ActivityAttribute"/> in an assembly.</summary>
    public FlowBuilderBuilder AddActivitiesFrom(Assembly assembly, string source = "built-in")
    {
        foreach (var type in ActivityTypes.In(assembly)) Activities.Add(type, source);
        return this;
    }

    /// <summary>Loads every <c>*.dll</c> in <paramref name="folder"/> and registers the activities they hold.
    /// A DLL that cannot be loaded is reported in <see cref="PluginLoader.Failures"/> and skipped.</summary>
    public FlowBuilderBuilder AddPlugins(string folder)
    {
        var loader = new PluginLoader(folder);
        foreach (var plugin in loader.Load())
        {
            foreach (var type in ActivityTypes.In(plugin.Assembly)) Activities.Add(type, $"plugin:{plugin.FileName}");
        }
        Services.AddSingleton(loader);
        return this;
    }
}
