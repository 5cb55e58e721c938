namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>What to say and how.</summary>
/// <param name="Voice">Engine-specific: "en-us" or "en-gb+f3" for espeak-ng, "en-US-JennyNeural" for Azure.</param>
/// <param name="Rate">Speaking speed relative to the engine's default (1.0); null means the default.</param>
public sealed record TtsRequest(string Text, string Voice, double? Rate = null);
