namespace FlowBuilder.Engine.Campaigns.Contacts;

public sealed record DoNotCallEntry(string CompanyId, string Phone, DateTimeOffset AddedAt, string Source);
