namespace FlowBuilder.Engine.Activities;

/// <summary>What an activity step ended with: follow an outcome, wait on a bookmark, fault, or end the instance.</summary>
public readonly struct Outcome
{
    private Outcome(OutcomeKind kind, string? name, Bookmark? bookmark, string? faultMessage)
    {
        Kind = kind;
        Name = name;
        Bookmark = bookmark;
        FaultMessage = faultMessage;
    }

    public OutcomeKind Kind { get; }

    /// <summary>The outcome port to follow (for <see cref="OutcomeKind.Next"/>).</summary>
    public string? Name { get; }

    public Bookmark? Bookmark { get; }
    public string? FaultMessage { get; }

    public static Outcome Done { get; } = new(OutcomeKind.Next, Outcomes.Done, null, null);

    /// <summary>Continue along the edge wired to <paramref name="name"/>; with no such edge the instance completes.</summary>
    public static Outcome To(string name) => new(OutcomeKind.Next, name, null, null);

    /// <summary>Wait: the instance suspends until a stimulus matching the bookmark arrives (or its timer fires).</summary>
    public static Outcome Suspend(Bookmark bookmark) => new(OutcomeKind.Suspend, null, bookmark, null);

    /// <summary>Fail the node: the <c>fault</c> edge is taken if wired, else the instance faults with an incident.</summary>
    public static Outcome Fault(string message) => new(OutcomeKind.Fault, Outcomes.Fault, null, message);

    /// <summary>Complete the instance now, whatever edges follow.</summary>
    public static Outcome End { get; } = new(OutcomeKind.End, null, null, null);

    public override string ToString() => Kind switch
    {
        OutcomeKind.Next => Name!,
        OutcomeKind.Suspend => $"suspend:{Bookmark!.Name}",
        OutcomeKind.Fault => $"fault: {FaultMessage}",
        _ => "end",
    };
}
