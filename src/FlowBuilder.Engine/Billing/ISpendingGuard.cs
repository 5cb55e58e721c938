namespace FlowBuilder.Engine.Billing;

/// <summary>
/// Asked before anything that costs money starts (an outbound call, a campaign attempt, a click-to-call callback). Calls in
/// progress are never cut: only new launches stop.
/// </summary>
public interface ISpendingGuard
{
    /// <summary>Null when the company may launch; otherwise the reason, for people ("The balance of Acme is -12.40 EUR and
    /// its credit limit 10.00 EUR: top up the account to place calls again.").</summary>
    ValueTask<string?> RefusalAsync(string companyId, CancellationToken cancellationToken);
}
