using FlowBuilder.Billing.Periods;
using FlowBuilder.Server.Campaigns;

namespace FlowBuilder.Server.Billing;

/// <summary>Reads the <c>period</c> of billing requests: <c>yyyy-MM</c> in the company's time zone; absent: the current one.</summary>
internal static class BillingPeriods
{
    public static BillingPeriod? Read(string? name, string timeZone, DateTimeOffset now, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name)) return BillingPeriod.Containing(now, timeZone);
        if (BillingPeriod.TryParse(name.Trim(), timeZone, out var period) && period.Start.Year is >= 2000 and <= 9998) return period;
        errors.Add("period", $"period '{name}' is not a billing period. Give a month as yyyy-MM, e.g. {BillingPeriod.Containing(now, timeZone).Name}.");
        return null;
    }
}
