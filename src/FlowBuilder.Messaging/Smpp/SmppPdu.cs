namespace FlowBuilder.Messaging.Smpp;

/// <summary>One SMPP PDU: the 16-octet header's fields and the body that follows it.</summary>
internal sealed record SmppPdu(uint CommandId, uint Status, uint Sequence, byte[] Body)
{
    public const int HeaderLength = 16;

    public static SmppPdu Request(uint commandId, uint sequence, byte[]? body = null) => new(commandId, SmppStatus.Ok, sequence, body ?? []);

    public static SmppPdu Response(SmppPdu request, uint status, byte[]? body = null) =>
        new(request.CommandId | SmppCommand.ResponseBit, status, request.Sequence, body ?? []);

    public override string ToString() => $"PDU 0x{CommandId:X8} status={SmppStatus.Code(Status)} seq={Sequence} body={Body.Length} octets";
}
