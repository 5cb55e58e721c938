using FlowBuilder.Engine.ClickToCall;
using PhoneNumbers;

namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>Where a number goes, from its prefix (libphonenumber's offline geocoder and carrier data, in English).</summary>
public static class PhoneDirections
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberOfflineGeocoder Geocoder = PhoneNumberOfflineGeocoder.GetInstance();
    private static readonly PhoneNumberToCarrierMapper Carriers = PhoneNumberToCarrierMapper.GetInstance();

    /// <summary>The country, and the region (fixed lines) or mobile operator (mobiles) when known, of an E.164 number;
    /// country "" and name "Unknown" when it cannot be read.</summary>
    public static PhoneDirection Describe(string e164)
    {
        PhoneNumber number;
        try
        {
            number = Numbers.Parse(e164, "ZZ");
        }
        catch (NumberParseException)
        {
            return new PhoneDirection("", "Unknown", null, null, false);
        }
        var country = Numbers.GetRegionCodeForNumber(number);
        if (country is null or "ZZ" or "001") country = "";
        var type = Numbers.GetNumberType(number);
        var mobile = type == PhoneNumberType.MOBILE;
        // With a user region other than the number's, the geocoder answers the country's name.
        var countryName = NullIfEmpty(Geocoder.GetDescriptionForNumber(number, Locale.English, "ZZ")) ?? (country.Length > 0 ? country : "Unknown");
        var region = type is PhoneNumberType.MOBILE ? null : NullIfEmpty(Geocoder.GetDescriptionForNumber(number, Locale.English, country.Length > 0 ? country : "ZZ"));
        // Carrier data covers mobiles; numbering plans that do not tell fixed lines from mobiles (NANP) may still name one.
        var carrier = type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE ? NullIfEmpty(Carriers.GetNameForNumber(number, Locale.English)) : null;
        return new PhoneDirection(country, countryName, region == countryName ? null : region, carrier, mobile);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
