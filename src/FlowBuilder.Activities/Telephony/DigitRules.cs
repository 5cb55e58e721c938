namespace FlowBuilder.Activities.Telephony;

/// <summary>When digit collection stops and whether what was entered counts.</summary>
/// <param name="MaxDigits">Stop once this many are entered; null for no limit (terminator or inter-digit timeout ends it).</param>
/// <param name="Terminator">A key that ends entry and is not part of it (usually <c>#</c>); null or empty for none.</param>
/// <param name="FirstDigitTimeout">How long to wait for the first digit before the outcome is timeout.</param>
/// <param name="InterDigitTimeout">How long to wait for each next digit before entry ends.</param>
internal sealed record DigitRules(int MinDigits, int? MaxDigits, string? Terminator, TimeSpan FirstDigitTimeout, TimeSpan InterDigitTimeout)
{
    public bool IsTerminator(char digit) => !string.IsNullOrEmpty(Terminator) && Terminator.Contains(digit, StringComparison.Ordinal);

    /// <summary>Null when the rules make sense; otherwise what is wrong, for the node's fault.</summary>
    public string? Problem() =>
        MinDigits < 0 ? $"minDigits must be 0 or more, not {MinDigits}."
        : MaxDigits is { } max && max < Math.Max(1, MinDigits) ? $"maxDigits ({max}) must be at least 1 and at least minDigits ({MinDigits})."
        : FirstDigitTimeout < TimeSpan.Zero || InterDigitTimeout < TimeSpan.Zero ? "Timeouts must be 0 seconds or more."
        : null;
}
