namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Where a number goes, from its prefix: its country, and the region (fixed lines) or mobile operator (mobiles)
/// when known. <see cref="Label"/> is the statistics' Direction column: "Germany, Vodafone", "United States, New York".</summary>
/// <param name="Country">ISO 3166 code (DE); "" when unknown.</param>
public sealed record PhoneDirection(string Country, string CountryName, string? Region, string? Carrier, bool Mobile)
{
    public string Label => Carrier is { Length: > 0 } carrier ? $"{CountryName}, {carrier}"
        : Region is { Length: > 0 } region && region != CountryName ? $"{CountryName}, {region}"
        : CountryName;
}
