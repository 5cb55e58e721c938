namespace FlowBuilder.Engine.CallCentre;

/// <summary>What <see cref="CallTargets.ResolveAsync"/> made of a target: <see cref="Target"/>, or <see cref="Error"/> saying
/// what is wrong with it and what to type instead.</summary>
public sealed record CallTargetResolution(CallTarget? Target, string? Error = null)
{
    public bool Succeeded => Target is not null;

    public static CallTargetResolution Of(CallTarget target) => new(target);

    public static CallTargetResolution Invalid(string error) => new(null, error);
}
