using PhoneNumbers;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>Phone numbers of contacts: parsed with libphonenumber in a default region, checked, and written as E.164.</summary>
public static class ContactPhones
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberToTimeZonesMapper Zones = PhoneNumberToTimeZonesMapper.GetInstance();
    private static readonly HashSet<string> Regions = new(Numbers.GetSupportedRegions(), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="country"/> is an ISO 3166 alpha-2 region libphonenumber knows (<c>US</c>, <c>GB</c>, <c>RU</c>).</summary>
    public static bool IsKnownCountry(string? country) => country is not null && Regions.Contains(country.ToUpperInvariant());

    /// <summary>Reads <paramref name="text"/> as a phone number; one without a country code is read in <paramref name="defaultCountry"/>.</summary>
    public static bool TryNormalize(string? text, string defaultCountry, out NormalizedPhone phone, out string? error)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "phone is empty; every contact needs a phone number";
            return false;
        }
        PhoneNumber number;
        try
        {
            number = Numbers.Parse(text, defaultCountry.All(char.IsAsciiLetterUpper) ? defaultCountry : defaultCountry.ToUpperInvariant());
        }
        catch (NumberParseException parse)
        {
            error = parse.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => $"phone '{text}' has no valid country code; write it as +<country code><number> or set the default country",
                ErrorType.TOO_LONG => $"phone '{text}' is too long to be a phone number",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => $"phone '{text}' is too short to be a phone number",
                _ => $"phone '{text}' is not a phone number",
            };
            return false;
        }
        // The number's type is what validity comes down to (valid = a known type) and what the time-zone lookup needs
        // (geographic numbers by prefix, others by country): computed once, it serves both (the library would compute it twice).
        var type = Numbers.GetNumberType(number);
        if (type == PhoneNumberType.UNKNOWN)
        {
            var region = Numbers.GetRegionCodeForNumber(number);
            error = $"phone '{text}' is not a valid number{(region is null or "ZZ" ? "" : $" in {region}")} (read with default country {defaultCountry.ToUpperInvariant()})";
            return false;
        }
        var e164 = Numbers.Format(number, PhoneNumberFormat.E164);
        phone = new NormalizedPhone(e164, KeyOf(e164), SingleZone(number, type));
        error = null;
        return true;
    }

    /// <summary>The digits of an E.164 number as one number (at most 15 digits, so it fits).</summary>
    public static ulong KeyOf(string e164) => ulong.Parse(e164.AsSpan(e164.StartsWith('+') ? 1 : 0), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What <c>PhoneNumberToTimeZonesMapper.GetTimeZonesForNumber</c> answers, without classifying the number again.</summary>
    private static string? SingleZone(PhoneNumber number, PhoneNumberType type)
    {
        var zones = Numbers.IsNumberGeographical(type, number.CountryCode)
            ? Zones.GetTimeZonesForGeographicalNumber(number)
            : Zones.GetTimeZonesForNumber(number);
        return zones.Count == 1 && zones[0] != Zones.GetUnknownTimeZone() ? zones[0] : null;
    }
}
