using System.Text.Encodings.Web;
using FlowBuilder.Engine.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer fbk_…</c> or <c>X-Api-Key: fbk_…</c> against <see cref="IApiKeyStore"/>.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IApiKeyStore keys, ApiKeyUseRecorder uses, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        var token = ApiKeyToken.TryParse(presented);
        if (token is null)
            return AuthenticateResult.Fail("The API key is malformed: it looks like fbk_<12 letters and digits>_<secret>. Copy it again, or create a new one at /settings/api-keys.");
        var key = await keys.GetAsync(token.Id, Context.RequestAborted);
        var now = time.GetUtcNow();
        if (key is null || !ApiKeyToken.Matches(token.Secret, key.SecretHash)) return Refused(token, "unknown");
        if (key.RevokedAt is not null) return Refused(token, "revoked");
        if (!key.IsActive(now)) return Refused(token, "expired");
        await uses.RecordAsync(key.Id, now, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipals.ForKey(key), AccountSchemes.ApiKey));
    }

    private static AuthenticateResult Refused(ApiKeyToken token, string why) =>
        AuthenticateResult.Fail($"The API key {ApiKeyToken.Prefix}{token.Id}… is {why}: create a new one at /settings/api-keys.");

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(AccountSchemes.ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header)) return header.ToString();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..] : null;
    }
}
