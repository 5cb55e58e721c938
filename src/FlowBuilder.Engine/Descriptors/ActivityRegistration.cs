using System.Reflection;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Descriptors;

/// <summary>An activity class known to the engine, with its descriptor and input binding metadata.</summary>
public sealed class ActivityRegistration
{
    internal ActivityRegistration(Type activityType, ActivityDescriptor descriptor, InputModel inputs)
    {
        ActivityType = activityType;
        Descriptor = descriptor;
        Inputs = inputs;
        BindsTrigger = activityType.GetCustomAttribute<BindsTriggerAttribute>();
    }

    public Type ActivityType { get; }
    public ActivityDescriptor Descriptor { get; }
    internal InputModel Inputs { get; }

    /// <summary>Set for trigger activities whose input binds the flow's trigger (Incoming Call's number).</summary>
    public BindsTriggerAttribute? BindsTrigger { get; }

    public string TypeId => Descriptor.TypeId;

    public static ActivityRegistration Create(Type activityType, string source = "built-in")
    {
        var attribute = activityType.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{activityType.FullName} has no [Activity] attribute: add one with its type id, e.g. [Activity(\"acme.lookup\")].");
        var activityInterface = typeof(IActivity);
        if (!activityInterface.IsAssignableFrom(activityType) || activityType.IsAbstract)
            throw new InvalidOperationException($"{activityType.FullName} must be a concrete class deriving from Activity<TInputs>.");
        var inputsType = FindInputsType(activityType);
        var inputs = InputModel.For(inputsType);
        var outcomes = activityType.GetCustomAttribute<OutcomesAttribute>()?.Names ?? [Outcomes.Done];
        var dynamic = activityType.GetCustomAttribute<DynamicOutcomesAttribute>();
        var outputs = activityType.GetCustomAttributes<OutputAttribute>().Select(o => new OutputDescriptor(o.Name, o.Type, o.Description)).ToList();
        var descriptor = new ActivityDescriptor(
            attribute.Type,
            attribute.Version,
            attribute.Category,
            attribute.DisplayName ?? Humanize(activityType.Name),
            attribute.Description,
            outcomes.ToList(),
            dynamic is null ? null : new DynamicOutcomesDescriptor(dynamic.Input, dynamic.Field),
            outputs,
            InputSchemaBuilder.Build(inputs),
            attribute.Waits,
            attribute.IsTrigger,
            attribute.Replies,
            source);
        return new ActivityRegistration(activityType, descriptor, inputs);
    }

    private static Type FindInputsType(Type activityType)
    {
        for (var type = activityType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Activity<>)) return type.GetGenericArguments()[0];
        }
        throw new InvalidOperationException($"{activityType.FullName} must derive from Activity<TInputs>.");
    }

    private static string Humanize(string name)
    {
        var chars = new List<char>();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) chars.Add(' ');
            chars.Add(name[i]);
        }
        return new string([.. chars]);
    }
}
