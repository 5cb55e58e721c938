using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.Groups;

internal sealed record GroupView(string Name, IReadOnlyList<string> Members, string RingMode, int RingSeconds, string? Number)
{
    public static GroupView From(ExtensionGroup group) =>
        new(group.Name, group.Members, group.RingMode == GroupRingMode.Sequential ? "sequential" : "simultaneous", group.RingSeconds, group.Number);
}
