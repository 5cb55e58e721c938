using System.Net;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Telephony.Sip.Registrar;

/// <summary>
/// Digest authentication of extensions (user name = extension number, password from <see cref="IExtensionStore"/>) for
/// REGISTER (Authorization) and calls (Proxy-Authorization), with brute-force protection: after
/// <see cref="SipRegistrarOptions.MaxFailedAttempts"/> failures an address or an extension is blocked for a while.
/// Unknown, disabled and wrong-password all look the same to the client: 403 after the challenge.
/// </summary>
public sealed class ExtensionAuthenticator
{
    private readonly IExtensionStore _extensions;
    private readonly DigestVerifier _verifier;
    private readonly FailedAuthenticationLimiter _limiter;
    private readonly ILogger _logger;

    public ExtensionAuthenticator(IExtensionStore extensions, SipOptions options, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _extensions = extensions ?? throw new ArgumentNullException(nameof(extensions));
        time ??= TimeProvider.System;
        _verifier = new DigestVerifier(options.Realm, timeProvider: time);
        var registrar = options.Registrar;
        _limiter = new FailedAuthenticationLimiter(
            Math.Max(1, registrar.MaxFailedAttempts), TimeSpan.FromSeconds(registrar.FailureWindowSeconds), TimeSpan.FromSeconds(registrar.BlockSeconds), time);
        _logger = logger ?? NullLogger.Instance;
    }

    public string Realm => _verifier.Realm;

    /// <summary>
    /// Checks the request's credentials (Proxy-Authorization when <paramref name="proxy"/>, else Authorization) against
    /// the extension they name. <paramref name="expectedUser"/>, when given, is the only user name accepted (the AOR of a REGISTER,
    /// the From of a call from an extension).
    /// </summary>
    public async ValueTask<ExtensionAuthentication> AuthenticateAsync(
        SipRequest request, IPEndPoint source, bool proxy, string? expectedUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(source);
        var headers = proxy ? request.ProxyAuthorization : request.Authorization;
        DigestCredentials? credentials = null;
        foreach (var header in headers)
        {
            if (string.Equals(header.Scheme, "Digest", StringComparison.OrdinalIgnoreCase)
                && DigestCredentials.TryParse(header, out var parsed) && parsed.Realm == Realm)
            {
                credentials = parsed;
                break;
            }
        }
        if (_limiter.IsBlocked(source.Address, credentials?.Username ?? expectedUser)) return new(ExtensionAuthenticationStatus.Blocked);
        if (credentials is null) return Challenge(stale: false);

        var extension = await _extensions.FindAsync(credentials.Username, cancellationToken).ConfigureAwait(false);
        var expected = expectedUser is null || string.Equals(expectedUser, credentials.Username, StringComparison.Ordinal);
        // Unknown and disabled extensions are checked against a throw-away password so they cost (and answer) the same.
        var password = extension is { Enabled: true } && expected ? extension.Password : Guid.NewGuid().ToString("N");
        var verification = _verifier.Verify(credentials, request.Method, password, request.Body.Span);
        switch (verification)
        {
            case DigestVerification.Valid when extension is { Enabled: true } && expected:
                _limiter.RecordSuccess(source.Address);
                return new(ExtensionAuthenticationStatus.Authenticated, extension);
            case DigestVerification.StaleNonce when extension is { Enabled: true } && expected:
                return Challenge(stale: true);
            case DigestVerification.InvalidNonce:
                // A nonce we did not issue (or from before a restart): challenge again, not a guess.
                return Challenge(stale: false);
        }
        if (_limiter.RecordFailure(source.Address, credentials.Username))
        {
            _logger.LogWarning(
                "Blocking SIP authentication from {Source} / extension {User} after too many failed attempts ({Method})", source.Address, credentials.Username, request.Method);
        }
        else
        {
            _logger.LogInformation("SIP authentication of {User} from {Source} failed ({Method})", credentials.Username, source.Address, request.Method);
        }
        return new(ExtensionAuthenticationStatus.Forbidden);
    }

    /// <summary>The response to a failed authentication: 401/407 with a challenge, or 403 (with the blocked reason when blocked); null when authenticated.</summary>
    public SipResponse? ResponseFor(ExtensionAuthentication result, SipRequest request, bool proxy)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(request);
        switch (result.Status)
        {
            case ExtensionAuthenticationStatus.Challenge:
                var challenge = request.CreateResponse(proxy ? 407 : 401);
                challenge.Headers.Add(proxy ? SipHeaderNames.ProxyAuthenticate : SipHeaderNames.WwwAuthenticate, result.Challenge!.ToString());
                return challenge;
            case ExtensionAuthenticationStatus.Blocked:
                return request.CreateResponse(403, ExtensionAuthentication.BlockedReason);
            case ExtensionAuthenticationStatus.Forbidden:
                return request.CreateResponse(403);
            default:
                return null;
        }
    }

    private ExtensionAuthentication Challenge(bool stale) => new(ExtensionAuthenticationStatus.Challenge, Challenge: _verifier.CreateChallenge(stale));
}
