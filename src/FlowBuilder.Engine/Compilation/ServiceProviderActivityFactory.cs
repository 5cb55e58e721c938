using System.Collections.Concurrent;
using FlowBuilder.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Compilation;

/// <summary>Creates each activity once through DI, so its constructor gets the ports it asks for.</summary>
public sealed class ServiceProviderActivityFactory(IServiceProvider services) : IActivityFactory
{
    private readonly ConcurrentDictionary<Type, IActivity> _activities = new();

    public IActivity Create(Type activityType) =>
        _activities.GetOrAdd(activityType, type => (IActivity)ActivatorUtilities.GetServiceOrCreateInstance(services, type));
}
