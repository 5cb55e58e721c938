namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>The state of one simulated leg. Guarded by the simulator's lock.</summary>
internal sealed class SimulatedCall(CallInfo info)
{
    public const int MaxQueuedDigits = 32;

    public CallInfo Info { get; set; } = info;
    public SimulatedCallState State { get; set; } = SimulatedCallState.Ringing;
    public CallOwner? Owner { get; set; }
    public string? Trunk { get; init; }
    public Queue<char> Digits { get; } = new();
    public List<SimulatedCallEvent> Transcript { get; } = [];

    /// <summary>The prompt playing now, if any, with whether a digit may stop it.</summary>
    public PlayingPrompt? Prompt { get; set; }

    /// <summary>The read waiting for a digit now, if any.</summary>
    public TaskCompletionSource<DigitReadResult>? DigitReader { get; set; }

    /// <summary>Tests waiting until a digit read is pending.</summary>
    public List<TaskCompletionSource> ReadWatchers { get; } = [];

    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsUp => State == SimulatedCallState.Up;

    /// <summary>The bridge this leg is in, if any (both legs share it).</summary>
    public SimulatedBridge? Bridge { get; set; }

    /// <summary>The SIP status the party answers the next transfer request (REFER) with; null accepts it.</summary>
    public int? TransferRefusal { get; set; }
}
