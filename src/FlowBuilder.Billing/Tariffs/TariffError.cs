namespace FlowBuilder.Billing.Tariffs;

/// <summary>One thing wrong with a tariff or its rates file.</summary>
/// <param name="Field">Where: <c>currency</c>, <c>rates[3].prefix</c>, or the CSV column (<c>pricePerMinute</c>).</param>
/// <param name="Line">The CSV line (1 = the header); null for a tariff that did not come from a file.</param>
public sealed record TariffError(string Field, string Message, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"line {line}: {Message}" : $"{Field}: {Message}";
}
