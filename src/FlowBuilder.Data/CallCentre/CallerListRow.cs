using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.CallCentre;

/// <summary>One caller list entry; <see cref="Number"/> is normalized (<see cref="CallerNumbers.Normalize"/>).</summary>
internal sealed class CallerListRow
{
    public string CompanyId { get; set; } = "";
    public string Number { get; set; } = "";
    public CallerListKind Kind { get; set; }
    public string? FlowId { get; set; }
    public string? Note { get; set; }

    public static CallerListRow Of(CallerListEntry entry) => new CallerListRow().CopyFrom(entry);

    public CallerListRow CopyFrom(CallerListEntry entry)
    {
        CompanyId = entry.CompanyId;
        Number = CallerNumbers.Normalize(entry.Number);
        Kind = entry.Kind;
        FlowId = entry.FlowId;
        Note = entry.Note;
        return this;
    }

    public CallerListEntry ToEntry() => new(CompanyId, Number, Kind, FlowId, Note);
}
