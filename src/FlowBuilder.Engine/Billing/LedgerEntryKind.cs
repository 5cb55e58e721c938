namespace FlowBuilder.Engine.Billing;

public enum LedgerEntryKind
{
    /// <summary>An outbound call's charge (per-minute rate and connection fee).</summary>
    Call,

    /// <summary>An action's charge (<see cref="MetricEvent"/>).</summary>
    Metric,

    /// <summary>Money paid in (a positive amount).</summary>
    TopUp,

    /// <summary>A correction by a system administrator (either sign).</summary>
    Adjustment,

    /// <summary>What was missing to the period's minimum guaranteed payment, charged when the period ended.</summary>
    MinimumPayment,
}
