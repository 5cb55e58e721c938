using FlowBuilder.Messaging.Encoding;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Smpp;

public sealed partial class SmppTransport
{
    /// <summary>Handles a deliver_sm: a receipt (esm_class 0x04) or an MO message, reported to the sink; deliver_sm_resp
    /// goes back only after the sink returned, with ESME_RX_T_APPN when it threw so the SMSC delivers it again.</summary>
    private async Task HandleRequestAsync(SmppPdu request, SmppSession session)
    {
        var status = SmppStatus.Ok;
        try
        {
            var message = SmppShortMessage.Decode(request.Body);
            if (message.IsDeliveryReceipt) await ReportReceiptAsync(message).ConfigureAwait(false);
            else await ReportInboundAsync(message).ConfigureAwait(false);
        }
        catch (SmppFormatException e)
        {
            _logger.LogWarning("SMSC sent a deliver_sm that is not SMPP 3.4: {Reason}; refused for good", e.Message);
            status = SmppStatus.PermanentAppError;
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
        {
            _logger.LogWarning(e, "The SMS sink failed on a deliver_sm; answering ESME_RX_T_APPN so the SMSC sends it again");
            status = SmppStatus.TemporaryAppError;
        }
        catch (OperationCanceledException)
        {
            status = SmppStatus.TemporaryAppError;
        }
        try
        {
            await session.WriteAsync(SmppPdu.Response(request, status, [0]), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            _logger.LogInformation("deliver_sm_resp not sent ({Reason}); the SMSC will deliver again", e.Message);
        }
    }

    private async Task ReportReceiptAsync(SmppShortMessage message)
    {
        var text = System.Text.Encoding.Latin1.GetString(message.Payload());
        var parsed = DeliveryReceiptText.Parse(text);
        var id = SmppTlv.Find(message.Tlvs, SmppTlv.ReceiptedMessageId)?.AsText() ?? parsed.Id;
        if (string.IsNullOrEmpty(id))
            throw new SmppFormatException("The delivery receipt names no message: no receipted_message_id TLV and no id: field.");
        var state = (SmppTlv.Find(message.Tlvs, SmppTlv.MessageState) is { } tlv ? DeliveryStatusWords.FromMessageState(tlv.AsNumber()) : null)
            ?? DeliveryStatusWords.FromWord(parsed.Stat)
            ?? SmsDeliveryState.Unknown;
        var receipt = new SmsReceipt(id, state, parsed.Err, _time.GetUtcNow(), text);
        await _sink!.OnReceiptAsync(receipt, _stop.Token).ConfigureAwait(false);
        Interlocked.Increment(ref _receipts);
    }

    private async Task ReportInboundAsync(SmppShortMessage message)
    {
        var payload = message.Payload();
        var part = ConcatenatedPart.Read(message, payload);
        string text;
        if (part is null) text = SmsDataCoding.Decode(message.DataCoding, payload);
        else if (_reassembly.Add(part) is { } whole) text = SmsDataCoding.Decode(message.DataCoding, whole);
        else return; // more parts to come; this one is kept and acknowledged
        await _sink!.OnInboundAsync(new InboundSms(message.SourceAddress, message.DestinationAddress, text, _time.GetUtcNow()), _stop.Token).ConfigureAwait(false);
        if (part is not null) _reassembly.Remove(part);
        Interlocked.Increment(ref _inbound);
    }
}
