namespace FlowBuilder.Engine.Billing;

/// <summary>The spending guard of a host where billing is not installed (the CLI): never refuses.</summary>
internal sealed class UnlimitedSpending : ISpendingGuard
{
    public ValueTask<string?> RefusalAsync(string companyId, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
