namespace FlowBuilder.Engine.Calls;

/// <param name="MaxDuration">Recording stops by itself after this long; null for no limit but the call's end.</param>
/// <param name="Owner">The flow instance recording; written on the recording.</param>
public sealed record RecordingRequest(RecordingLegs Legs, TimeSpan? MaxDuration = null, CallOwner? Owner = null);
