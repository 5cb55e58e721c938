namespace FlowBuilder.Engine.Billing;

/// <summary>The outcome of posting an entry.</summary>
/// <param name="Posted">False when an entry with the same (company, source kind, source id) existed: nothing changed.</param>
/// <param name="Balance">The company's balance after the post (or now, for a duplicate).</param>
public readonly record struct LedgerPostResult(bool Posted, decimal Balance)
{
    /// <summary>The posted entry's amount, signed as it changed the balance (a charge is negative); 0 for a duplicate.</summary>
    public decimal Amount { get; init; }
}
