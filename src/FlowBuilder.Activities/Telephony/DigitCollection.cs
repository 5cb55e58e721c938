namespace FlowBuilder.Activities.Telephony;

/// <summary>What <see cref="DigitCollector"/> gathered: the digits (without the terminator) and how entry ended.</summary>
internal sealed record DigitCollection(DigitCollectionStatus Status, string Digits, string? Error = null);
