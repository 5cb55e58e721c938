namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>What a <see cref="SimulatedCallEvent"/> records.</summary>
public enum SimulatedCallEventKind
{
    /// <summary>An inbound call started ringing (<see cref="CallSimulator.Ring"/>).</summary>
    Ringing,

    /// <summary>A flow placed an outbound call; <see cref="SimulatedCallEvent.Text"/> is the number.</summary>
    Dialling,

    Answered,

    /// <summary>Speech started; <see cref="SimulatedCallEvent.Text"/> and <see cref="SimulatedCallEvent.Voice"/> say what and how.</summary>
    Said,

    /// <summary>An audio file started; <see cref="SimulatedCallEvent.Text"/> is the file.</summary>
    Played,

    /// <summary>Silence started; <see cref="SimulatedCallEvent.Duration"/> is how long.</summary>
    Silence,

    /// <summary>A digit stopped the prompt named in <see cref="SimulatedCallEvent.Text"/>.</summary>
    Interrupted,

    /// <summary>A prompt could not be played (<see cref="CallSimulator.FailPrompt"/>); <see cref="SimulatedCallEvent.Text"/> is the reason.</summary>
    PromptFailed,

    /// <summary>The caller pressed one digit (<see cref="SimulatedCallEvent.Text"/>).</summary>
    DigitPressed,

    /// <summary>The leg ended; <see cref="SimulatedCallEvent.By"/> and <see cref="SimulatedCallEvent.Cause"/> say who ended it and why.</summary>
    HungUp,

    /// <summary>The leg was bridged to the call in <see cref="SimulatedCallEvent.Text"/>.</summary>
    Bridged,

    /// <summary>The leg left its bridge (<see cref="SimulatedCallEvent.Text"/> names the other call) and is still up.</summary>
    Unbridged,

    /// <summary>The party asked to transfer the other party of its bridge to <see cref="SimulatedCallEvent.Text"/> (<see cref="CallSimulator.RequestTransferAsync"/>).</summary>
    TransferRequested,

    /// <summary>The flow asked the party to call <see cref="SimulatedCallEvent.Text"/> instead (blind transfer).</summary>
    TransferredTo,

    /// <summary>Recording started; <see cref="SimulatedCallEvent.Text"/> is the recording id.</summary>
    RecordingStarted,

    /// <summary>Recording stopped; <see cref="SimulatedCallEvent.Text"/> is the recording id, <see cref="SimulatedCallEvent.Duration"/> its length.</summary>
    RecordingStopped,
}
