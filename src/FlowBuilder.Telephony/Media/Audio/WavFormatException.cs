namespace FlowBuilder.Telephony.Media.Audio;

/// <summary>A WAV file that <see cref="WavReader"/> cannot read; the message says what is wrong with it.</summary>
public sealed class WavFormatException(string message) : Exception(message);
