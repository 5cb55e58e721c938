using FlowBuilder.Telephony.Sip.Auth;
using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.UserAgent;

/// <summary>
/// Keeps the agent's Contact bound at a registrar (RFC 3261 §10.2): REGISTER with digest auth (one retry per
/// challenge), refreshed before the granted expiry (10 % of it, between 1 s and 30 s early) on the agent's
/// clock, and removed with Expires: 0.
/// </summary>
public sealed class SipRegistration
{
    private readonly SipUserAgent _agent;
    private readonly Lock _gate = new();
    private readonly string _callId = SipIdentifiers.NewCallId();
    private readonly string _fromTag = SipIdentifiers.NewTag();
    private long _sequence;
    private ITimer? _refresh;

    public SipRegistration(SipUserAgent agent, SipUri registrar, TimeSpan expires)
    {
        _agent = agent;
        Registrar = registrar;
        Expires = expires;
    }

    public SipUri Registrar { get; }

    /// <summary>The expiry asked for.</summary>
    public TimeSpan Expires { get; }

    /// <summary>The address of record to bind (To and From); null for the agent's.</summary>
    public SipUri? AddressOfRecord { get; init; }

    /// <summary>Answers the registrar's challenges; null for the agent's credentials.</summary>
    public DigestClient? Credentials { get; init; }

    /// <summary>Where REGISTER is sent instead of the registrar (with a loose Route); null for the agent's proxy.</summary>
    public SipUri? OutboundProxy { get; init; }

    public bool IsRegistered { get; private set; }

    /// <summary>When the binding lapses unless refreshed; null when not registered.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>A refresh failed; the binding is considered gone.</summary>
    public event Action<SipRegistration, int?>? Failed;

    /// <summary>Registers and keeps refreshing; false (with the final status, if any) when the registrar refused.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken = default)
    {
        var granted = await SendAsync(Expires, cancellationToken).ConfigureAwait(false);
        return granted is not null;
    }

    /// <summary>Removes the binding (Expires: 0) and stops refreshing.</summary>
    public async Task<bool> UnregisterAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _refresh?.Dispose();
            _refresh = null;
        }
        var result = await SendAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        return result is not null;
    }

    private async Task<TimeSpan?> SendAsync(TimeSpan expires, CancellationToken cancellationToken)
    {
        var request = Build(expires);
        var result = await _agent.Layer.CreateStarted(request, _agent.Destination(Registrar, OutboundProxy)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (result.Response is { StatusCode: 401 or 407 } challenge && (Credentials ?? _agent.Digest) is { } digest)
        {
            var retry = Build(expires);
            if (digest.TryAuthorize(retry, challenge))
            {
                result = await _agent.Layer.CreateStarted(retry, _agent.Destination(Registrar, OutboundProxy)).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        if (result.Response is not { IsSuccess: true } ok)
        {
            lock (_gate)
            {
                IsRegistered = false;
                ExpiresAt = null;
            }
            if (expires > TimeSpan.Zero) Failed?.Invoke(this, result.Response?.StatusCode);
            return null;
        }
        var granted = Granted(ok) ?? expires;
        lock (_gate)
        {
            IsRegistered = granted > TimeSpan.Zero;
            ExpiresAt = IsRegistered ? _agent.Layer.Time.GetUtcNow() + granted : null;
            _refresh?.Dispose();
            _refresh = null;
            if (IsRegistered)
            {
                _refresh = _agent.Layer.Time.CreateTimer(_ => _ = RefreshAsync(), null, granted - RefreshMargin(granted), Timeout.InfiniteTimeSpan);
            }
        }
        return granted;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await SendAsync(Expires, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            Failed?.Invoke(this, null);
        }
    }

    private static TimeSpan RefreshMargin(TimeSpan granted) => TimeSpan.FromSeconds(Math.Clamp(granted.TotalSeconds / 10, 1, 30));

    private SipRequest Build(TimeSpan expires)
    {
        long sequence;
        lock (_gate) sequence = ++_sequence;
        var aor = AddressOfRecord ?? _agent.Options.AddressOfRecord;
        var request = _agent.CreateRequest(
            SipMethods.Register, new SipUri { Scheme = Registrar.Scheme, Host = Registrar.Host, Port = Registrar.Port }, new SipNameAddress(aor), _callId, _fromTag, sequence,
            new SipNameAddress(aor), OutboundProxy);
        request.Headers.Set(SipHeaderNames.Expires, ((long)expires.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>The expiry the registrar granted to our Contact: its expires parameter, else the Expires header.</summary>
    private TimeSpan? Granted(SipResponse ok)
    {
        foreach (var contact in ok.Contacts)
        {
            if (contact.Uri.Host == _agent.Contact.Host && contact.Uri.Port == _agent.Contact.Port
                && int.TryParse(contact.Parameters.Get("expires"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        return int.TryParse(ok.Headers[SipHeaderNames.Expires]?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var header)
            ? TimeSpan.FromSeconds(header)
            : null;
    }
}
