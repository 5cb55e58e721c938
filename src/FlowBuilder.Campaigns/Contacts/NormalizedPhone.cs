namespace FlowBuilder.Campaigns.Contacts;

/// <summary>A valid phone number in E.164 (<c>+15551234567</c>); <paramref name="Key"/> is its digits as a number (compact duplicate
/// checks); <paramref name="TimeZone"/> the IANA zone when the number maps to exactly one, else null.</summary>
public readonly record struct NormalizedPhone(string E164, ulong Key, string? TimeZone);
