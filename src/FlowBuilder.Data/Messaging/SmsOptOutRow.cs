using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Data.Messaging;

internal sealed class SmsOptOutRow
{
    public string CompanyId { get; set; } = "";
    public string Number { get; set; } = "";
    public DateTimeOffset OptedOutAt { get; set; }
    public string Source { get; set; } = "";

    public SmsOptOut ToOptOut() => new(CompanyId, Number, OptedOutAt, Source);
}
