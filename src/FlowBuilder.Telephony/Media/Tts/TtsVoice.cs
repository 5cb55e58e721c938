namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>A voice an engine offers; <paramref name="Id"/> is what goes in <see cref="TtsRequest.Voice"/>.</summary>
public sealed record TtsVoice(string Id, string Name, string? Gender);
