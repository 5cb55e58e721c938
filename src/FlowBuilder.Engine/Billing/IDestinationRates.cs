namespace FlowBuilder.Engine.Billing;

/// <summary>Finds the rate of a destination in the company's tariff (its <see cref="Companies.CompanyProfile.TariffId"/>).</summary>
public interface IDestinationRates
{
    /// <summary>The longest-prefix rate for <paramref name="e164"/> (+4915112345678) in the company's tariff; null when the company
    /// has no tariff or the tariff has no rate for it.</summary>
    ValueTask<DestinationRate?> FindAsync(string companyId, string e164, CancellationToken cancellationToken);
}
