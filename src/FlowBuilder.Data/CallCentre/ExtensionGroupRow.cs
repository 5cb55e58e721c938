using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.CallCentre;

internal sealed class ExtensionGroupRow
{
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string MembersJson { get; set; } = "[]";
    public GroupRingMode RingMode { get; set; }
    public int RingSeconds { get; set; }
    public string? Number { get; set; }

    public static ExtensionGroupRow Of(ExtensionGroup group) => new ExtensionGroupRow().CopyFrom(group);

    public ExtensionGroupRow CopyFrom(ExtensionGroup group)
    {
        CompanyId = group.CompanyId;
        Name = group.Name;
        MembersJson = ColumnJson.Write(group.Members);
        RingMode = group.RingMode;
        RingSeconds = group.RingSeconds;
        Number = group.Number;
        return this;
    }

    public ExtensionGroup ToGroup() => new(CompanyId, Name, ColumnJson.Read<List<string>>(MembersJson), RingMode, RingSeconds, Number);
}
