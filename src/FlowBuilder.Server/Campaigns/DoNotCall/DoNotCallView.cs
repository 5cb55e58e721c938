using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Campaigns.DoNotCall;

internal sealed record DoNotCallView(string Phone, DateTimeOffset AddedAt, string Source)
{
    public static DoNotCallView From(DoNotCallEntry entry) => new(entry.Phone, entry.AddedAt, entry.Source);
}
