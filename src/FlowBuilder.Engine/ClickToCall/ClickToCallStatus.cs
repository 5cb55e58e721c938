namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Whether a click-to-call campaign takes requests: Active takes and dials them; Paused refuses new ones (409
/// <c>campaign_paused</c>) and dials nothing, keeping the waiting ones; Archived refuses and is hidden from lists.</summary>
public enum ClickToCallStatus
{
    Active,
    Paused,
    Archived,
}
