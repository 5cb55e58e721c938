namespace FlowBuilder.Telephony.Media.Dtmf;

/// <summary>A DTMF key press, from RFC 4733 events or in-band tones; <see cref="Duration"/> as far as it is known.</summary>
public readonly record struct DetectedDigit(char Digit, TimeSpan Duration);
