using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.CallerLists;

/// <summary>A listed caller; <c>number</c> is normalized (digits, with a leading + kept).</summary>
internal sealed record CallerListEntryView(string Number, string List, string? FlowId, string? Note)
{
    public static CallerListEntryView From(CallerListEntry entry) => new(entry.Number, CallerListNames.Name(entry.Kind), entry.FlowId, entry.Note);
}
