namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>One key press the caller made, as far as its duration is known.</summary>
public sealed record ReceivedDigit(char Digit, TimeSpan Duration, DigitSource Source);
