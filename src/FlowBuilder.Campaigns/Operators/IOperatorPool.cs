namespace FlowBuilder.Campaigns.Operators;

/// <summary>
/// The dialer's view of a campaign's operators (implemented by the operator desk). Progressive calls reserve an operator
/// before dialling; predictive calls are paced on <see cref="Ready"/> and take an operator when answered.
/// </summary>
internal interface IOperatorPool
{
    /// <summary>Operators of the campaign that are Ready and registered now.</summary>
    int Ready(string campaignId);

    /// <summary>Operators of the campaign that are Reserved, Talking or in WrapUp now.</summary>
    int Busy(string campaignId);

    /// <summary>Takes a Ready operator for the attempt (→ Reserved); null when none is free.</summary>
    string? TryReserve(string campaignId, string attemptId);

    /// <summary>Gives back an operator reserved for an attempt that ended without reaching them (→ Ready).</summary>
    void Release(string campaignId, string attemptId);

    /// <summary>Raised with the campaign id when one of its operators becomes Ready (wakes the dialer).</summary>
    event Action<string>? OperatorReady;
}
