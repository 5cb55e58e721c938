namespace FlowBuilder.Engine.Calls;

/// <summary>A digit (0-9, *, #, A-D), or none when the wait timed out (<see cref="Status"/> Completed) or the call ended (HungUp).</summary>
public readonly record struct DigitReadResult(CallOperationStatus Status, char? Digit = null, string? Error = null)
{
    public static DigitReadResult Timeout { get; } = new(CallOperationStatus.Completed);
    public static DigitReadResult HungUp { get; } = new(CallOperationStatus.HungUp);

    public static DigitReadResult Of(char digit) => new(CallOperationStatus.Completed, digit);
}
