using FlowBuilder.Telephony.Sdp;
using FlowBuilder.Telephony.Sip.Dialogs;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>One outgoing INVITE attempt (RFC 3261 §13.2): retries once with credentials, cancels on ring timeout, maps the final response to an outcome.</summary>
internal sealed class OutgoingCall(SipUserAgent agent, SipUri target, SdpSession offer, SipDialOptions dial)
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<SipCallResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _callId = SipIdentifiers.NewCallId();
    private readonly string _fromTag = SipIdentifiers.NewTag();
    private ClientInviteTransaction? _transaction;
    private SipRequest? _invite;
    private ITimer? _ringTimer;
    private CancellationTokenRegistration _registration;
    private bool _authenticated;
    private SipCallOutcome? _cancelOutcome;

    public Task<SipCallResult> Result => _result.Task;

    public void Start(CancellationToken cancellationToken)
    {
        Send(Build(1));
        _ringTimer = agent.Layer.Time.CreateTimer(_ => Cancel(SipCallOutcome.NoAnswer), null, dial.RingTimeout ?? agent.Options.RingTimeout, Timeout.InfiniteTimeSpan);
        if (cancellationToken.CanBeCanceled) _registration = cancellationToken.Register(() => Cancel(SipCallOutcome.Cancelled));
    }

    private SipRequest Build(long sequence)
    {
        var invite = agent.CreateRequest(SipMethods.Invite, target, new SipNameAddress(target), _callId, _fromTag, sequence, dial.From, dial.OutboundProxy);
        invite.SetBody("application/sdp", offer.ToString());
        return invite;
    }

    private void Send(SipRequest invite)
    {
        ClientInviteTransaction transaction;
        lock (_gate)
        {
            _invite = invite;
            transaction = (ClientInviteTransaction)agent.Layer.CreateClientTransaction(invite, dial.Destination ?? agent.Destination(target, dial.OutboundProxy));
            _transaction = transaction;
        }
        transaction.ResponseReceived += OnResponse;
        transaction.Failed += (_, _) => Finish(SipCallOutcome.Failed, null, null);
        transaction.Start();
    }

    private void Cancel(SipCallOutcome outcome)
    {
        ClientInviteTransaction? transaction;
        lock (_gate)
        {
            if (_result.Task.IsCompleted || _cancelOutcome is not null) return;
            _cancelOutcome = outcome;
            transaction = _transaction;
        }
        transaction?.Cancel();
    }

    private void OnResponse(SipClientTransaction transaction, SipResponse response)
    {
        SipRequest invite;
        lock (_gate)
        {
            if (transaction != _transaction) return;
            invite = _invite!;
        }
        if (response.IsProvisional) return;
        if (response.IsSuccess)
        {
            OnSuccess(invite, response);
            return;
        }
        if (response.StatusCode is 401 or 407 && !_authenticated && (dial.Credentials ?? agent.Digest) is { } digest && _cancelOutcome is null)
        {
            _authenticated = true;
            var retry = Build(invite.CSeq!.Value.Number + 1);
            if (digest.TryAuthorize(retry, response))
            {
                Send(retry);
                return;
            }
        }
        var outcome = response.StatusCode switch
        {
            486 or 600 => SipCallOutcome.Busy,
            487 when _cancelOutcome is { } cancelled => cancelled,
            _ => SipCallOutcome.Failed,
        };
        Finish(outcome, null, response.StatusCode);
    }

    private void OnSuccess(SipRequest invite, SipResponse ok)
    {
        var sequence = invite.CSeq!.Value.Number;
        var dialog = SipDialog.ForUac(invite, ok, agent.Contact);
        agent.SendAck(dialog, sequence);
        if (_result.Task.IsCompleted) return;
        if (_cancelOutcome is { } cancelled)
        {
            _ = agent.HangUpUnwantedAsync(dialog, offer, ok);
            Finish(cancelled, null, ok.StatusCode);
            return;
        }
        Finish(SipCallOutcome.Answered, agent.Accept(dialog, offer, ok), ok.StatusCode);
    }

    private void Finish(SipCallOutcome outcome, SipCall? call, int? status)
    {
        if (!_result.TrySetResult(new SipCallResult(outcome, call, status))) return;
        _ringTimer?.Dispose();
        _registration.Dispose();
    }
}
