namespace FlowBuilder.Engine.Billing;

/// <summary>The price of one unit of a metric (one SMS, one TTS character, one webhook call).</summary>
/// <param name="Metric">The metric's name (<see cref="BillingMetrics"/>), lower-case letters, digits, '.', '-' and '_', 64 at most.</param>
/// <param name="UnitPrice">In the tariff's currency, 0 or more.</param>
public sealed record MetricPrice(string Metric, decimal UnitPrice, string? Name = null);
