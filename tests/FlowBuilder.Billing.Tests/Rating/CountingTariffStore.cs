using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Tests.Rating;

/// <summary>The in-memory tariff store, counting how often a whole tariff (with its rates) is read.</summary>
internal sealed class CountingTariffStore : ITariffStore
{
    private readonly InMemoryTariffStore _inner = new();

    public int FullReads { get; private set; }

    public ValueTask SaveAsync(Tariff tariff, CancellationToken cancellationToken) => _inner.SaveAsync(tariff, cancellationToken);

    public ValueTask<Tariff?> GetAsync(string companyId, string tariffId, CancellationToken cancellationToken)
    {
        FullReads++;
        return _inner.GetAsync(companyId, tariffId, cancellationToken);
    }

    public ValueTask<IReadOnlyList<Tariff>> ListAsync(string companyId, CancellationToken cancellationToken) => _inner.ListAsync(companyId, cancellationToken);

    public ValueTask<bool> DeleteAsync(string companyId, string tariffId, CancellationToken cancellationToken) => _inner.DeleteAsync(companyId, tariffId, cancellationToken);
}
