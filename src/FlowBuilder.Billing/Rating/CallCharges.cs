using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// What one answered call costs under a rate: the talk time rounded up to the billing increments (60/60 bills whole minutes,
/// 1/1 whole seconds, 30/6 a first half-minute then 6-second steps), times the price per minute, plus the connection fee;
/// rounded to 4 decimal places, midpoint away from zero. An unanswered call (0 s) costs nothing.
/// </summary>
public static class CallCharges
{
    public const int Decimals = 4;

    /// <summary>Seconds billed for <paramref name="talkSeconds"/>: 0 for 0, at least <paramref name="firstIncrement"/>, then whole
    /// <paramref name="nextIncrement"/> steps.</summary>
    public static int BilledSeconds(int talkSeconds, int firstIncrement, int nextIncrement)
    {
        if (talkSeconds <= 0) return 0;
        if (talkSeconds <= firstIncrement) return firstIncrement;
        var step = Math.Max(1, nextIncrement);
        var rest = talkSeconds - firstIncrement;
        return firstIncrement + (rest + step - 1) / step * step;
    }

    public static decimal Amount(TariffRate rate, int talkSeconds)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var billed = BilledSeconds(talkSeconds, rate.FirstIncrement, rate.NextIncrement);
        if (billed == 0) return 0m;
        return Math.Round(rate.PricePerMinute * billed / 60m + rate.ConnectionFee, Decimals, MidpointRounding.AwayFromZero);
    }
}
