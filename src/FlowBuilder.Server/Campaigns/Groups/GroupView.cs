using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.Groups;

internal sealed record GroupView(string Id, string Name, string? Description, IReadOnlyList<ContactField> Fields, string DefaultCountry,
    string? DefaultTimeZone, long ContactCount, DateTimeOffset CreatedAt)
{
    public static GroupView From(SubscriberGroup group, long contactCount) =>
        new(group.Id, group.Name, group.Description, group.Fields, group.DefaultCountry, group.DefaultTimeZone, contactCount, group.CreatedAt);
}
