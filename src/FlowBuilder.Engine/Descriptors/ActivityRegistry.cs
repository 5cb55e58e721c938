using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>The activities this installation knows: built-ins, those registered in code and those
/// loaded from plugins. A node's type is <c>name@version</c>, or <c>name</c> for the latest version.</summary>
public sealed class ActivityRegistry
{
    private readonly ConcurrentDictionary<string, ActivityRegistration> _byTypeId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ActivityRegistration> _latest = new(StringComparer.Ordinal);

    public ActivityRegistration Add(Type activityType, string source = "built-in")
    {
        var registration = ActivityRegistration.Create(activityType, source);
        if (_byTypeId.TryGetValue(registration.TypeId, out var existing) && existing.ActivityType != activityType)
            throw new InvalidOperationException($"Activity type '{registration.TypeId}' is declared by both {existing.ActivityType.FullName} and {activityType.FullName}; give one of them another type id or version.");
        _byTypeId[registration.TypeId] = registration;
        _latest.AddOrUpdate(registration.Descriptor.Type, registration,
            (_, current) => current.Descriptor.Version >= registration.Descriptor.Version ? current : registration);
        return registration;
    }

    public ActivityRegistry Add<TActivity>() where TActivity : class
    {
        Add(typeof(TActivity));
        return this;
    }

    public bool TryResolve(string type, out ActivityRegistration registration) =>
        type.Contains('@') ? _byTypeId.TryGetValue(type, out registration!) : _latest.TryGetValue(type, out registration!);

    public IReadOnlyList<ActivityRegistration> All =>
        _byTypeId.Values.OrderBy(r => r.Descriptor.Category).ThenBy(r => r.Descriptor.DisplayName).ThenBy(r => r.Descriptor.Version).ToList();

    public IReadOnlyList<ActivityDescriptor> Descriptors => All.Select(r => r.Descriptor).ToList();
}
