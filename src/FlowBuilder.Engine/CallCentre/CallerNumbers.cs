namespace FlowBuilder.Engine.CallCentre;

/// <summary>How caller numbers are compared: digits only, with a leading + kept (<c>+1 (555) 010-0000</c> is <c>+15550100000</c>).
/// The user part of a SIP URI (<c>sip:+1555@host</c>) is taken first.</summary>
public static class CallerNumbers
{
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = number.Trim();
        if (text.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sips:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var at = text.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0) text = text[..at];
        }
        var plus = text.StartsWith('+');
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? text : plus ? "+" + digits : digits;
    }
}
