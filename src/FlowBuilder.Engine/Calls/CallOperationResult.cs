namespace FlowBuilder.Engine.Calls;

public readonly record struct CallOperationResult(CallOperationStatus Status, string? Error = null)
{
    public static CallOperationResult Completed { get; } = new(CallOperationStatus.Completed);
    public static CallOperationResult Interrupted { get; } = new(CallOperationStatus.Interrupted);
    public static CallOperationResult HungUp { get; } = new(CallOperationStatus.HungUp);

    public static CallOperationResult Failed(string error) => new(CallOperationStatus.Failed, error);
}
