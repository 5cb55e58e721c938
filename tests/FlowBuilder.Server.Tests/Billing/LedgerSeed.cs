using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Server.Tests.Billing;

/// <summary>Ledger entries as rating and metering post them (charges negative), for seeding the default company's ledger.</summary>
internal static class LedgerSeed
{
    public const string Company = "default";

    public static LedgerEntry Call(string callId, DateTimeOffset at, string destination, int billedSeconds, decimal perMinute, string prefix = "4915")
    {
        var minutes = billedSeconds / 60m;
        return new LedgerEntry("e-" + callId, Company, LedgerEntryKind.Call, "call", callId, -Math.Round(minutes * perMinute, 4, MidpointRounding.AwayFromZero), "EUR",
            destination, minutes, at) { PostedAt = at, UnitPrice = perMinute, BilledSeconds = billedSeconds, Prefix = prefix, Description = "+" + prefix + "1234567" };
    }

    public static LedgerEntry Metric(string sourceId, DateTimeOffset at, string metric, decimal quantity, decimal unitPrice) =>
        new("e-" + sourceId, Company, LedgerEntryKind.Metric, "metric:" + metric, sourceId, -Math.Round(quantity * unitPrice, 4, MidpointRounding.AwayFromZero), "EUR",
            metric, quantity, at) { PostedAt = at, UnitPrice = unitPrice };

    public static async Task PostAsync(this IBillingLedger ledger, params LedgerEntry[] entries)
    {
        foreach (var entry in entries) (await ledger.PostAsync(entry, CancellationToken.None)).Posted.ShouldBeTrue(entry.SourceId);
    }
}
