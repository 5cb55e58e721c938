namespace FlowBuilder.Activities.Billing;

public static class RecordMetricOutcomes
{
    /// <summary>The event was new: it was priced and charged.</summary>
    public const string Recorded = "recorded";

    /// <summary>An event with the same key was recorded before: nothing was charged again.</summary>
    public const string Duplicate = "duplicate";
}
