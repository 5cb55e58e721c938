namespace FlowBuilder.Server.Instances;

/// <summary>A stimulus taken by an instance: it resumed the instance, or waits until the instance asks for it.</summary>
internal sealed record StimulusAcceptedView(string InstanceId, string Name);
