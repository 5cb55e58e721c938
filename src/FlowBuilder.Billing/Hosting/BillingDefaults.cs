namespace FlowBuilder.Billing.Hosting;

/// <summary>What billing assumes when a company has no tariff yet.</summary>
public static class BillingDefaults
{
    /// <summary>The currency of an account whose company has no tariff (and no account settings).</summary>
    public const string Currency = "EUR";

    /// <summary>A new ledger entry id: <c>led_</c> and 32 hex digits.</summary>
    public static string NewEntryId() => "led_" + Guid.NewGuid().ToString("N");
}
