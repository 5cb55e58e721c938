using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>What a waiting caller hears: <see cref="Hold"/> in a loop, and every <see cref="AnnounceEvery"/> their position and/or expected wait.</summary>
internal sealed record QueueHoldSettings(Prompt Hold, TimeSpan? AnnounceEvery, bool AnnouncePosition, bool AnnounceWaitTime)
{
    /// <summary>Played instead of hold audio that failed (a missing file, a TTS error), so the wait goes on quietly.</summary>
    public static Prompt Quiet { get; } = Prompt.Silence(TimeSpan.FromSeconds(5));

    /// <summary>Music when given, else the hold prompt, else silence.</summary>
    public static Prompt HoldFor(string? music, string? prompt, string companyId) =>
        !string.IsNullOrWhiteSpace(music) ? Prompt.Audio(music.Trim(), companyId)
        : !string.IsNullOrWhiteSpace(prompt) ? Prompt.Say(prompt)
        : Quiet;
}
