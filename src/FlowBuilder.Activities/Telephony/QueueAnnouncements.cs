namespace FlowBuilder.Activities.Telephony;

/// <summary>What a waiting caller is told of their place in the queue.</summary>
internal static class QueueAnnouncements
{
    /// <summary>Assumed per caller ahead (and the caller) before the queue has answered any call.</summary>
    public static readonly TimeSpan FallbackPerCaller = TimeSpan.FromMinutes(1);

    public static string Position(int position) => $"You are caller number {position}.";

    /// <summary>From the recent mean wait of answered callers less what this caller has waited already (at least 30 s);
    /// without history, one minute per position. Rounded to whole minutes, at least one.</summary>
    public static string ExpectedWait(int position, double? recentAverageWaitSeconds, TimeSpan waited)
    {
        var seconds = recentAverageWaitSeconds is { } average
            ? Math.Max(30, average - waited.TotalSeconds)
            : FallbackPerCaller.TotalSeconds * Math.Max(1, position);
        var minutes = Math.Max(1, (int)Math.Round(seconds / 60, MidpointRounding.AwayFromZero));
        return minutes == 1 ? "Your expected wait is about 1 minute." : $"Your expected wait is about {minutes} minutes.";
    }
}
