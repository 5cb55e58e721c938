using FlowBuilder.Messaging.Encoding;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Smpp;

public sealed partial class SmppTransport
{
    /// <summary>Sends every part as a submit_sm (UDH-concatenated when long). Accepted only when every part was; a part
    /// refused or not answered ends the message with Rejected/Unavailable, naming the parts already taken in
    /// <see cref="SmsSubmitResult.PartIds"/>.</summary>
    public async Task<SmsSubmitResult> SubmitAsync(OutboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _submitted);
        EncodedSms encoded;
        try
        {
            encoded = SmsSplitter.Split(message.Text, (byte)Interlocked.Increment(ref _udhReference));
        }
        catch (ArgumentException e)
        {
            return Count(SmsSubmitResult.Rejected(e.Message));
        }
        var (sourceTon, sourceNpi, sourceAddress) = Source(message.From);
        var ids = new List<string>(encoded.Parts.Count);
        foreach (var part in encoded.Parts)
        {
            var submit = new SmppShortMessage
            {
                SourceTon = sourceTon,
                SourceNpi = sourceNpi,
                SourceAddress = sourceAddress,
                DestinationTon = _options.DestinationTon,
                DestinationNpi = _options.DestinationNpi,
                DestinationAddress = message.To,
                EsmClass = encoded.EsmClass,
                RegisteredDelivery = message.RequestReceipt ? (byte)1 : (byte)0,
                DataCoding = encoded.DataCoding,
                ShortMessage = part.ShortMessage,
            };
            byte[] body;
            try
            {
                body = submit.Encode();
            }
            catch (ArgumentException e)
            {
                return Count(Failure(SmsSubmitStatus.Rejected, ids, e.Message, null));
            }
            var result = await SubmitPartAsync(body, cancellationToken).ConfigureAwait(false);
            if (result.Status != SmsSubmitStatus.Accepted)
            {
                _logger.LogWarning("SMPP submit_sm of part {Part}/{Parts} for {Reference} to {To}: {Status} {Error}",
                    ids.Count + 1, encoded.Parts.Count, message.Reference, message.To, result.Status, result.Error);
                var error = ids.Count == 0 ? result.Error! : $"{result.Error} Parts taken before: {string.Join(", ", ids)}.";
                return Count(Failure(result.Status, ids, error, result.ErrorCode));
            }
            ids.Add(result.PartIds[0]);
        }
        _logger.LogDebug("SMPP accepted {Reference} to {To} as {Ids}", message.Reference, message.To, ids);
        return Count(SmsSubmitResult.Accepted(ids));
    }

    private async Task<SmsSubmitResult> SubmitPartAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (_session is not { IsClosed: false } || _state != SmsTransportState.Ready)
            return SmsSubmitResult.Unavailable($"Not bound to the SMSC at {_options.Host}:{_options.Port} (state {_state}); try again later.");
        await _rate.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Read the session after the waits: it may have been replaced by a reconnect meanwhile.
            if (_session is not { IsClosed: false } session)
                return SmsSubmitResult.Unavailable($"Not bound to the SMSC at {_options.Host}:{_options.Port}; try again later.");
            var response = await session.RequestAsync(SmppCommand.SubmitSm, body, cancellationToken).ConfigureAwait(false);
            if (response.CommandId == SmppCommand.GenericNack)
                return SmsSubmitResult.Rejected($"The SMSC answered submit_sm with generic_nack {SmppStatus.Code(response.Status)} {SmppStatus.Describe(response.Status)}.", SmppStatus.Code(response.Status));
            if (response.Status == SmppStatus.Ok)
            {
                var id = response.Body.Length > 0 ? new SmppReader(response.Body).CString("message_id") : "";
                return SmsSubmitResult.Accepted([id]);
            }
            var text = $"The SMSC answered submit_sm with {SmppStatus.Code(response.Status)} {SmppStatus.Describe(response.Status)}.";
            return SmppStatus.IsTransient(response.Status)
                ? SmsSubmitResult.Unavailable(text, SmppStatus.Code(response.Status))
                : SmsSubmitResult.Rejected(text, SmppStatus.Code(response.Status));
        }
        catch (TimeoutException)
        {
            return SmsSubmitResult.Unavailable($"No submit_sm_resp within {_options.ResponseTimeoutSeconds} s; the message may or may not have been taken.");
        }
        catch (IOException e)
        {
            return SmsSubmitResult.Unavailable($"The connection to the SMSC was lost before submit_sm_resp: {e.Message}");
        }
        catch (SmppFormatException e)
        {
            return SmsSubmitResult.Unavailable($"The SMSC's submit_sm_resp could not be read: {e.Message}");
        }
        finally
        {
            _window.Release();
        }
    }

    private static SmsSubmitResult Failure(SmsSubmitStatus status, List<string> ids, string error, string? code) =>
        new(status, ids.ToArray(), error, code);

    private SmsSubmitResult Count(SmsSubmitResult result)
    {
        if (result.Status == SmsSubmitStatus.Accepted) Interlocked.Increment(ref _accepted);
        else if (result.Status == SmsSubmitStatus.Rejected) Interlocked.Increment(ref _rejected);
        else Interlocked.Increment(ref _unavailable);
        return result;
    }

    /// <summary>The sender as SMPP wants it: an alphanumeric sender id goes as TON 5 (alphanumeric), NPI 0 whatever the
    /// configured TON; a number loses its '+', spaces and dashes (SMPP source_addr is digits only) and keeps the configured
    /// <see cref="SmppOptions.SourceTon"/>/<see cref="SmppOptions.SourceNpi"/>.</summary>
    private (byte Ton, byte Npi, string Address) Source(string from)
    {
        if (from.Any(char.IsLetter)) return (5, 0, from);
        var digits = new string(from.Where(char.IsAsciiDigit).ToArray());
        return (_options.SourceTon, _options.SourceNpi, digits.Length > 0 ? digits : from);
    }
}
