using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Engine.Persistence;

public sealed record InstancePage(IReadOnlyList<InstanceSnapshot> Items, int Total);
