namespace FlowBuilder.Engine.Billing;

/// <summary>Tariffs with their rates (tables <c>tariffs</c>, <c>tariff_rates</c>).</summary>
public interface ITariffStore
{
    /// <summary>Inserts or replaces the tariff with all its rates.</summary>
    ValueTask SaveAsync(Tariff tariff, CancellationToken cancellationToken);

    ValueTask<Tariff?> GetAsync(string companyId, string tariffId, CancellationToken cancellationToken);

    /// <summary>The company's tariffs without their rates (Rates empty), by name.</summary>
    ValueTask<IReadOnlyList<Tariff>> ListAsync(string companyId, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string tariffId, CancellationToken cancellationToken);
}
