using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Data.Contacts;

internal sealed class DoNotCallRow
{
    public string CompanyId { get; set; } = "";
    public string Phone { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
    public string Source { get; set; } = "";

    public DoNotCallEntry ToEntry() => new(CompanyId, Phone, AddedAt, Source);
}
