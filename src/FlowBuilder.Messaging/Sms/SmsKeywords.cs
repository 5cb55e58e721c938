namespace FlowBuilder.Messaging.Sms;

/// <summary>The opt-out and opt-in words an inbound message may start with (case-insensitive).</summary>
internal static class SmsKeywords
{
    public static readonly IReadOnlySet<string> OptOut = new HashSet<string>(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"], StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> OptIn = new HashSet<string>(["START", "UNSTOP"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The text's first word in upper case, without trailing punctuation; empty for a blank text.</summary>
    public static string FirstWord(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var end = trimmed.IndexOfAny([' ', '\t', '\r', '\n']);
        var word = (end < 0 ? trimmed : trimmed[..end]).TrimEnd(".!,;:?");
        return word.ToString().ToUpperInvariant();
    }
}
