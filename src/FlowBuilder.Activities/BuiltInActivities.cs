using FlowBuilder.Engine.Hosting;

namespace FlowBuilder.Activities;

public static class BuiltInActivities
{
    /// <summary>Registers every activity that ships with FlowBuilder (control, HTTP, telephony, …).</summary>
    public static FlowBuilderBuilder AddBuiltInActivities(this FlowBuilderBuilder builder) =>
        builder.AddActivitiesFrom(typeof(BuiltInActivities).Assembly);
}
