namespace FlowBuilder.Engine.Activities;

/// <summary>Gives an activity its stable type id (<c>control.decision</c>), version, category,
/// display name and help text. The id with its version (<c>control.decision@1</c>) is what flows store.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    public string Type { get; } = type;
    public int Version { get; init; } = 1;
    public string Category { get; init; } = "General";
    public string? DisplayName { get; init; }
    public string? Description { get; init; }

    /// <summary>True for activities that wait (timers, calls, callbacks): a loop through one is not a busy loop.</summary>
    public bool Waits { get; init; }

    /// <summary>True for activities that answer the caller that started the flow (HTTP Response): a
    /// webhook bound to a flow holding one waits for that answer.</summary>
    public bool Replies { get; init; }

    /// <summary>True for activities that can start a flow (shown as triggers in the designer).</summary>
    public bool IsTrigger { get; init; }
}
