namespace FlowBuilder.Engine.Calls;

/// <summary>What a recording holds.</summary>
public enum RecordingLegs
{
    /// <summary>What the call's party says: one channel (mono).</summary>
    Caller,

    /// <summary>Both directions: left what the party says, right what the party hears (the bridged party or the prompts).</summary>
    Both,
}
