using System.Security.Cryptography;

namespace FlowBuilder.Campaigns.Contacts;

/// <summary>Ids of new contacts: 32 hex digits, the process's start (seconds) and 48 random bits, then a counter. Unique across
/// processes and ordered within one, so a million inserted in a row land at the end of the index; and cheap (a UUID per
/// contact cost a random-number call, about as much as validating the phone number).</summary>
public static class ContactIds
{
    private static readonly string Prefix = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds() & 0xFFFFFFFF:x8}{RandomNumberGenerator.GetInt32(1 << 24):x6}{RandomNumberGenerator.GetInt32(1 << 24):x6}";
    private static long _counter;

    public static string New() => string.Concat(Prefix, (Interlocked.Increment(ref _counter) & 0xFFFFFFFFFFFF).ToString("x12", System.Globalization.CultureInfo.InvariantCulture));
}
