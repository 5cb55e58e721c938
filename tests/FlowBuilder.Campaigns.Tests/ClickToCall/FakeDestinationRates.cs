using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>One tariff (t1, EUR) with rates for the given prefixes, for every company; <see cref="Remove"/> takes a rate away.</summary>
internal sealed class FakeDestinationRates(params string[] prefixes) : IDestinationRates
{
    private readonly HashSet<string> _prefixes = new(prefixes, StringComparer.Ordinal);

    public void Remove(string prefix)
    {
        lock (_prefixes) _prefixes.Remove(prefix);
    }

    public ValueTask<DestinationRate?> FindAsync(string companyId, string e164, CancellationToken cancellationToken)
    {
        var digits = e164.TrimStart('+');
        string? best;
        lock (_prefixes) best = _prefixes.Where(digits.StartsWith).OrderByDescending(p => p.Length).FirstOrDefault();
        return ValueTask.FromResult(best is null ? null : new DestinationRate("t1", "Standard", "EUR", new TariffRate(best, "Destination " + best, 0.10m)));
    }
}
