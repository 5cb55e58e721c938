namespace FlowBuilder.Data.Messaging;

/// <summary>A part's network id and the message it belongs to: how receipts find their message.</summary>
internal sealed class SmsMessagePartRow
{
    public string CompanyId { get; set; } = "";
    public string NetworkId { get; set; } = "";
    public string MessageId { get; set; } = "";
    public int PartIndex { get; set; }
}
