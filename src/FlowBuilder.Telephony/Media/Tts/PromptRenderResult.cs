using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Media.Prompts;

namespace FlowBuilder.Telephony.Media.Tts;

/// <summary>Frames ready to play, or why speech could not be rendered.</summary>
public sealed record PromptRenderResult(PromptFrames? Frames, string? FailureReason)
{
    [MemberNotNullWhen(true, nameof(Frames))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Frames is not null;
}
