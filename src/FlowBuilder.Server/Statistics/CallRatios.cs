namespace FlowBuilder.Server.Statistics;

/// <summary>The dashboard's ratios, rounded as shown: ASR to 4 decimals, ACD to 1, minutes and money to 2 (midpoint away from zero).</summary>
internal static class CallRatios
{
    public static decimal? Asr(long calls, long answered) => calls == 0 ? null : Math.Round((decimal)answered / calls, 4, MidpointRounding.AwayFromZero);

    public static decimal? AcdSeconds(long answered, long talkSeconds) =>
        answered == 0 ? null : Math.Round((decimal)talkSeconds / answered, 1, MidpointRounding.AwayFromZero);

    public static decimal Minutes(long seconds) => Math.Round(seconds / 60m, 2, MidpointRounding.AwayFromZero);
}
