namespace FlowBuilder.Server.Campaigns.Groups;

internal sealed record ContactPageView(IReadOnlyList<ContactView> Items, long Total);
