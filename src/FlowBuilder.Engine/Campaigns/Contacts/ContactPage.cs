namespace FlowBuilder.Engine.Campaigns.Contacts;

public sealed record ContactPage(IReadOnlyList<Contact> Items, long Total);
