namespace FlowBuilder.Engine.Calls;

/// <summary>How a call operation ended.</summary>
public enum CallOperationStatus
{
    /// <summary>It did what was asked (the prompt played to its end, the call was answered).</summary>
    Completed,

    /// <summary>A digit stopped a prompt played with stop-on-digit.</summary>
    Interrupted,

    /// <summary>The call had ended, or ended meanwhile.</summary>
    HungUp,

    /// <summary>It could not be done: <see cref="CallOperationResult.Error"/> says why (TTS failed, file missing, unknown call).</summary>
    Failed,
}
