using System.Globalization;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>The application/dtmf-relay INFO body: <c>Signal=5</c> and <c>Duration=160</c> lines.</summary>
internal static class SipDtmfRelay
{
    public const string ContentType = "application/dtmf-relay";

    public static char? ParseSignal(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            var parts = line.Split('=', 2);
            if (parts.Length != 2 || !parts[0].Trim().Equals("Signal", StringComparison.OrdinalIgnoreCase)) continue;
            var value = parts[1].Trim();
            if (value.Length == 1 && "0123456789*#ABCDabcd".Contains(value[0], StringComparison.Ordinal)) return char.ToUpperInvariant(value[0]);
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return code switch { 10 => '*', 11 => '#', >= 12 and <= 15 => (char)('A' + code - 12), _ => null };
            }
        }
        return null;
    }

    public static string Format(char digit, int durationMs) =>
        string.Create(CultureInfo.InvariantCulture, $"Signal={digit}\r\nDuration={durationMs}\r\n");
}
