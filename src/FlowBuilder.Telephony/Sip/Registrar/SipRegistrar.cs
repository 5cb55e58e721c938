using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>
/// The registrar of RFC 3261 §10.3 for extensions: REGISTER is digest-authenticated (<see cref="ExtensionAuthenticator"/>, the
/// user name must be the address of record's user), then the contacts are added, refreshed or removed — several per extension,
/// each with its own expiry on the injected clock — and the 200 OK lists the remaining ones. Bindings live in memory.
/// </summary>
public sealed partial class SipRegistrar : IDisposable
{
    /// <summary>More contacts than this for one extension are refused with 403.</summary>
    public const int MaxContactsPerExtension = 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<ExtensionContact>> _bindings = new(StringComparer.Ordinal);
    private readonly SipRegistrarOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ITimer? _expiry;
    private DateTimeOffset? _expiryDue;

    public SipRegistrar(IExtensionStore extensions, SipOptions options, TimeProvider? time = null, ILogger<SipRegistrar>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Registrar;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SipRegistrar>.Instance;
        Authenticator = new ExtensionAuthenticator(extensions, options, _time, _logger);
    }

    /// <summary>Shared with the call side: calls from extensions authenticate (and are throttled) the same way.</summary>
    public ExtensionAuthenticator Authenticator { get; }

    /// <summary>An extension's contacts changed (registered, refreshed, removed or expired); the argument is its number.</summary>
    public event Action<string>? RegistrationsChanged;

    /// <summary>The live contacts of an extension, oldest registration first; empty when it is not registered.</summary>
    public IReadOnlyList<ExtensionContact> Contacts(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var now = _time.GetUtcNow();
        lock (_gate) return _bindings.TryGetValue(number, out var list) ? [.. list.Where(c => c.ExpiresAt > now)] : [];
    }

    /// <summary>Every registered extension with its live contacts, by number.</summary>
    public IReadOnlyList<ExtensionRegistration> Snapshot()
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return [.. _bindings.OrderBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => new ExtensionRegistration(b.Key, [.. b.Value.Where(c => c.ExpiresAt > now)]))
                .Where(r => r.Contacts.Count > 0)];
        }
    }

    /// <summary>Answers one REGISTER (the transaction layer has created its server transaction).</summary>
    public async Task HandleAsync(SipServerTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var request = transaction.Request;
        var tag = SipIdentifiers.NewTag();
        SipResponse response;
        try
        {
            response = await ProcessAsync(transaction, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "REGISTER for {To} failed", request.To?.Uri);
            response = request.CreateResponse(500);
        }
        if (response.To is { Tag: null } to) response.To = to.WithTag(tag);
        transaction.Respond(response);
    }

    public void Dispose()
    {
        lock (_gate) _expiry?.Dispose();
    }

    private async Task<SipResponse> ProcessAsync(SipServerTransaction transaction, CancellationToken cancellationToken)
    {
        var request = transaction.Request;
        var number = request.To?.Uri.User;
        if (string.IsNullOrEmpty(number)) return request.CreateResponse(404, "Not Found (no user in To)");
        var authentication = await Authenticator.AuthenticateAsync(request, transaction.Remote, proxy: false, expectedUser: number, cancellationToken).ConfigureAwait(false);
        if (Authenticator.ResponseFor(authentication, request, proxy: false) is { } refused) return refused;
        if (!TryReadChanges(request, out var changes, out var problem)) return problem;

        var now = _time.GetUtcNow();
        bool changed;
        List<ExtensionContact> current;
        lock (_gate)
        {
            if (!_bindings.TryGetValue(number, out var list)) list = [];
            list.RemoveAll(c => c.ExpiresAt <= now);
            if (!TryApply(list, changes, transaction, number, now, out changed, out var failure)) return failure(request);
            if (list.Count == 0) _bindings.Remove(number);
            else _bindings[number] = list;
            current = [.. list];
            Reschedule();
        }
        if (changed)
        {
            _logger.LogInformation("Extension {Number} has {Count} contact(s) after REGISTER from {Source}", number, current.Count, transaction.Remote);
            RegistrationsChanged?.Invoke(number);
        }
        var ok = request.CreateResponse(200);
        foreach (var contact in current) ok.Headers.Add(SipHeaderNames.Contact, new SipNameAddress(contact.Uri).WithParameter("expires", contact.ExpiresIn(now).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToString());
        ok.Headers.Add("Date", now.ToString("r", System.Globalization.CultureInfo.InvariantCulture));
        return ok;
    }
}
