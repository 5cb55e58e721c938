using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Prompts;

/// <summary>
/// Identifies rendered audio: <paramref name="Source"/> says what was rendered and must change when the audio
/// would, e.g. "tts:{voice}:{text hash}" or "file:{path}:{mtime}".
/// </summary>
public readonly record struct PromptKey(string Source, G711Codec Codec);
