namespace FlowBuilder.Server.Billing;

/// <summary>How the billing API rounds money it shows: 2 decimals, midpoint away from zero.</summary>
internal static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether <paramref name="amount"/> has at most 2 decimals (an amount people pay or are credited).</summary>
    public static bool IsWholeCents(decimal amount) => amount == Round(amount);
}
