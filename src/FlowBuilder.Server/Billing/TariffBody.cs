namespace FlowBuilder.Server.Billing;

/// <summary>Body of <c>POST /api/tariffs</c> and <c>PUT /api/tariffs/{id}</c>: name, currency (ISO 4217) and the rates.</summary>
internal sealed record TariffBody(string? Name, string? Currency, IReadOnlyList<TariffRateBody>? Rates);

/// <summary>One destination: prefix (digits of E.164 without '+'), its name, price per minute, connection fee (default 0) and
/// billing increments in seconds (default 60/60).</summary>
internal sealed record TariffRateBody(string? Prefix, string? Destination, decimal? PricePerMinute, decimal? ConnectionFee, int? FirstIncrement, int? NextIncrement);
