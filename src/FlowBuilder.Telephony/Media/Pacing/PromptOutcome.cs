namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>How a queued prompt ended.</summary>
public enum PromptOutcome
{
    /// <summary>Its last frame was sent.</summary>
    Finished,

    /// <summary>Stopped before its last frame (barge-in) or its stream was removed.</summary>
    Cancelled,
}
