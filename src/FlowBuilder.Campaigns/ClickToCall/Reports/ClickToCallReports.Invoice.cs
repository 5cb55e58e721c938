using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

internal sealed partial class ClickToCallReports
{
    /// <inheritdoc />
    /// <remarks>Days are the company's (its profile's time zone). A campaign whose price changed during the period gets one line
    /// per price. Requests completed before prices were stored on them are charged at the campaign's current price.</remarks>
    public async ValueTask<InvoiceDocument> InvoiceAsync(string companyId, string? campaignId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (from >= to) throw new ArgumentException($"from ({from:yyyy-MM-dd}) must be before to ({to:yyyy-MM-dd}); to is the first day not invoiced.", nameof(from));
        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        var zone = CompanyZone.Find(company.TimeZone);
        var start = CompanyZone.StartOf(from, zone);
        var end = CompanyZone.StartOf(to, zone);
        var known = (await campaigns.ListAsync(companyId, includeArchived: true, cancellationToken).ConfigureAwait(false))
            .Where(c => string.IsNullOrEmpty(campaignId) || c.Id == campaignId).ToDictionary(c => c.Id, StringComparer.Ordinal);

        var counts = new Dictionary<(string CampaignId, decimal Price, string Currency), long>();
        var query = new CallbackRequestQuery(companyId, string.IsNullOrEmpty(campaignId) ? null : campaignId, [CallbackRequestStatus.Completed], To: end);
        await foreach (var request in CallbackRequestPages.EachAsync(requests, query, cancellationToken).ConfigureAwait(false))
        {
            if (request.CompletedAt is not { } completedAt || completedAt < start || completedAt >= end) continue;
            var campaign = known.GetValueOrDefault(request.CampaignId);
            var price = request.Price ?? campaign?.Price ?? 0m;
            var currency = (request.Currency ?? campaign?.Currency ?? "").ToUpperInvariant();
            var key = (request.CampaignId, price, currency);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var currencies = counts.Keys.Select(k => k.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (currencies.Count > 1)
            throw new ArgumentException(
                $"The requests completed from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} are priced in {string.Join(" and ", currencies)}; one invoice has one currency. " +
                "Invoice the campaigns of each currency separately (campaignId).", nameof(campaignId));
        var lines = counts
            .Select(c => (Name: known.GetValueOrDefault(c.Key.CampaignId)?.Name ?? c.Key.CampaignId, c.Key.Price, Quantity: c.Value))
            .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Price)
            .Select(l => new InvoiceLine($"Click-to-call '{l.Name}': completed requests", l.Quantity, l.Price))
            .ToList();
        var options = seller.Value;
        return new InvoiceDocument(
            $"CTC-{from:yyyyMMdd}-{to:yyyyMMdd}",
            CompanyZone.Today(time.GetUtcNow(), zone),
            from,
            to,
            currencies.FirstOrDefault() ?? DefaultCurrency(known.Values),
            new InvoiceParty(string.IsNullOrWhiteSpace(options.Name) ? "FlowBuilder" : options.Name, options.Address.ToList(), options.TaxId, options.Email),
            new InvoiceParty(company.Name, company.Address, company.TaxId, company.Email),
            lines)
        {
            Notes = $"Click-to-call requests completed from {from:yyyy-MM-dd} to {to.AddDays(-1):yyyy-MM-dd} ({zone.Id}).",
        };
    }

    private static string DefaultCurrency(IEnumerable<ClickToCallCampaign> campaigns) =>
        campaigns.Select(c => c.Currency.ToUpperInvariant()).GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "EUR";
}
