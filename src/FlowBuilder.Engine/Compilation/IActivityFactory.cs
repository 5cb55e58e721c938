using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Compilation;

/// <summary>Creates activity objects (one per type, shared by every instance).</summary>
public interface IActivityFactory
{
    IActivity Create(Type activityType);
}
