namespace FlowBuilder.Engine.Calls;

/// <summary>Why a call ended, as written on its CDR.</summary>
public enum HangUpCause
{
    /// <summary>The flow hung up (Hang Up activity, or the flow ended with the call up).</summary>
    Normal,

    /// <summary>The other party hung up.</summary>
    RemoteHangUp,

    Busy,
    NoAnswer,

    /// <summary>The caller hung up before answer (CANCEL).</summary>
    Cancelled,

    /// <summary>No RTP or no session refresh for longer than the configured timeout.</summary>
    MediaTimeout,

    /// <summary>No flow for the dialled number (404).</summary>
    NotFound,

    /// <summary>Over capacity (503).</summary>
    Overloaded,

    /// <summary>The flow faulted, was cancelled, or the server shut down.</summary>
    Failed,
}
