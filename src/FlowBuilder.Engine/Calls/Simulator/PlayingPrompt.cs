namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>The prompt a simulated leg is playing: how to end it, whether a digit may, and what it is (for the transcript).</summary>
internal sealed record PlayingPrompt(TaskCompletionSource<CallOperationResult> Done, bool StopOnDigit, string What);
