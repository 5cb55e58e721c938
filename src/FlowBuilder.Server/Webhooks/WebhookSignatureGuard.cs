using System.Security.Cryptography;
using System.Text;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Http;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary>Checks the <see cref="WebhookSignature"/> of a request to a signed webhook against the flow's secret (and
/// the previous one in its grace period), and refuses a signature already accepted within the tolerance window.</summary>
internal sealed class WebhookSignatureGuard(IWebhookSecretStore secrets, ISignatureReplayStore seen, IOptions<ServerOptions> options, TimeProvider time)
{
    private const string Scheme = "t=<unix seconds>,v1=<hex HMAC-SHA256 of \"{t}.\" + raw body, keyed with the flow's webhook secret>";

    /// <summary>Null when the request may go on; otherwise the 401 to answer.</summary>
    public async Task<ProblemHttpResult?> CheckAsync(TriggerBinding binding, string? header, byte[] body, CancellationToken cancellationToken)
    {
        var secret = await secrets.GetAsync(binding.CompanyId, binding.FlowId, cancellationToken);
        if (secret is null)
            return Refuse(SignatureFailure.NoSecret, binding,
                $"Flow '{binding.FlowId}' accepts only signed webhooks but has no webhook secret yet. Create one with POST /api/flows/{binding.FlowId}/webhook-secret and sign requests with it.");
        var now = time.GetUtcNow();
        var tolerance = options.Value.WebhookSignatureTolerance;
        var check = SignatureCheck.Mismatch;
        foreach (var candidate in secret.ValidAt(now))
        {
            check = WebhookSignature.Verify(header, candidate, body, now, tolerance);
            if (check != SignatureCheck.Mismatch) break;
        }
        switch (check)
        {
            case SignatureCheck.Missing:
                return Refuse(SignatureFailure.Missing, binding, $"This webhook requires a signature. Send header {WebhookSignature.HeaderName}: {Scheme}.");
            case SignatureCheck.Malformed:
                return Refuse(SignatureFailure.Malformed, binding, $"Header {WebhookSignature.HeaderName} is malformed; expected {Scheme}.");
            case SignatureCheck.Expired:
                return Refuse(SignatureFailure.Expired, binding,
                    $"The timestamp t in {WebhookSignature.HeaderName} is more than {tolerance.TotalSeconds:0} s from the server's time. Sign each request when sending it, with the current unix time.");
            case SignatureCheck.Mismatch:
                return Refuse(SignatureFailure.Mismatch, binding,
                    $"{WebhookSignature.HeaderName} does not match the body with flow '{binding.FlowId}''s webhook secret. Sign the exact raw body: {Scheme}.");
        }
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{binding.CompanyId}\n{binding.FlowId}\n{header}")));
        // Kept twice the tolerance: a timestamp can be up to the tolerance in the future as well as in the past.
        if (!await seen.TryRecordAsync(binding.CompanyId, fingerprint, now + tolerance + tolerance, cancellationToken))
            return Refuse(SignatureFailure.Replayed, binding,
                $"This signature was already accepted; a signed request is taken once. Sign every request afresh (a new t and v1 in {WebhookSignature.HeaderName}).");
        return null;
    }

    private static ProblemHttpResult Refuse(SignatureFailure reason, TriggerBinding binding, string detail) =>
        ApiProblems.Create(StatusCodes.Status401Unauthorized, "Webhook signature refused", detail,
            ("reason", reason switch
            {
                SignatureFailure.NoSecret => "no-secret",
                _ => reason.ToString().ToLowerInvariant(),
            }),
            ("flowId", binding.FlowId), ("header", WebhookSignature.HeaderName));
}
