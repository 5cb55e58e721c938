namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>One line of a simulated call's transcript.</summary>
public sealed record SimulatedCallEvent(string CallId, SimulatedCallEventKind Kind, DateTimeOffset At)
{
    /// <summary>The text said, the file played, the digit pressed, the number dialled or the failure reason.</summary>
    public string? Text { get; init; }

    public string? Voice { get; init; }

    /// <summary>How long a prompt lasts (speech, audio or silence), in simulated time.</summary>
    public TimeSpan? Duration { get; init; }

    public HangUpSide? By { get; init; }
    public HangUpCause? Cause { get; init; }

    /// <summary>A short line for logs and the test console: <c>said "Hello" (en-us)</c>, <c>pressed 1</c>, <c>hung up by Remote (RemoteHangUp)</c>.</summary>
    public override string ToString() => Kind switch
    {
        SimulatedCallEventKind.Ringing => $"ringing {Text}",
        SimulatedCallEventKind.Dialling => $"dialling {Text}",
        SimulatedCallEventKind.Answered => "answered",
        SimulatedCallEventKind.Said => Voice is null ? $"said \"{Text}\"" : $"said \"{Text}\" ({Voice})",
        SimulatedCallEventKind.Played => $"played {Text}",
        SimulatedCallEventKind.Silence => $"silence {Duration?.TotalSeconds}s",
        SimulatedCallEventKind.Interrupted => $"interrupted \"{Text}\"",
        SimulatedCallEventKind.PromptFailed => $"prompt failed: {Text}",
        SimulatedCallEventKind.DigitPressed => $"pressed {Text}",
        SimulatedCallEventKind.HungUp => $"hung up by {By} ({Cause})",
        SimulatedCallEventKind.Bridged => $"bridged to {Text}",
        SimulatedCallEventKind.Unbridged => $"unbridged from {Text}",
        SimulatedCallEventKind.TransferRequested => $"asked to transfer to {Text}",
        SimulatedCallEventKind.TransferredTo => $"transferred to {Text}",
        SimulatedCallEventKind.RecordingStarted => $"recording {Text}",
        SimulatedCallEventKind.RecordingStopped => $"recording {Text} stopped ({Duration?.TotalSeconds}s)",
        _ => Kind.ToString(),
    };
}
