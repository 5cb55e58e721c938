using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>
/// An attempt in flight on this node, shared by the dialer (which places the call, runs the flow and finishes the attempt) and
/// the operator connector (which the flow's Connect to operator block calls). The dialer sets the disposition from it when the
/// flow ends: <see cref="Abandoned"/> makes it <see cref="AttemptDisposition.Abandoned"/>.
/// </summary>
internal sealed class LiveAttempt(Campaign campaign, CampaignAttempt attempt)
{
    public Campaign Campaign { get; } = campaign;

    public CampaignAttempt Attempt { get; set; } = attempt;

    /// <summary>The operator held for this call (preview, progressive) before it was placed; null for predictive.</summary>
    public string? ReservedOperator { get; set; }

    /// <summary>The operator the call was connected to.</summary>
    public string? Operator { get; set; }

    /// <summary>Answered, but no operator was free in time.</summary>
    public bool Abandoned { get; set; }

    public double OperatorTalkSeconds { get; set; }
}
