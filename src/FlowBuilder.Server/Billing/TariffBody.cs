namespace FlowBuilder.Server.Billing;

/// <summary>Body of <c>POST /api/tariffs</c> and <c>PUT /api/tariffs/{id}</c>: name, currency (ISO 4217), the rates, the action prices
/// per metric and the minimum payment per billing period (default 0: none).</summary>
internal sealed record TariffBody(string? Name, string? Currency, IReadOnlyList<TariffRateBody>? Rates)
{
    public IReadOnlyList<MetricPriceBody>? MetricPrices { get; init; }

    public decimal? MinimumPayment { get; init; }
}

/// <summary>The price of one unit of a metric (sms.sent, tts.characters or a flow's own), with an optional name for invoices.</summary>
internal sealed record MetricPriceBody(string? Metric, decimal? UnitPrice, string? Name);

/// <summary>One destination: prefix (digits of E.164 without '+'), its name, price per minute, connection fee (default 0) and
/// billing increments in seconds (default 60/60).</summary>
internal sealed record TariffRateBody(string? Prefix, string? Destination, decimal? PricePerMinute, decimal? ConnectionFee, int? FirstIncrement, int? NextIncrement);
