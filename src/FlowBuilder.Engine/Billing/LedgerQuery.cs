namespace FlowBuilder.Engine.Billing;

/// <summary>Entries of a company that occurred in [From, To), newest first.</summary>
public sealed record LedgerQuery(string CompanyId, DateTimeOffset? From = null, DateTimeOffset? To = null, LedgerEntryKind? Kind = null, int Skip = 0, int Take = 100);
