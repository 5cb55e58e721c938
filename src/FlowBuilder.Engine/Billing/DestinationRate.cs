namespace FlowBuilder.Engine.Billing;

/// <summary>The rate that matched a number: its tariff and the longest matching prefix's rate.</summary>
public sealed record DestinationRate(string TariffId, string TariffName, string Currency, TariffRate Rate);
