using System.Security.Cryptography;
using System.Text;
using FlowBuilder.Activities.Http;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary><c>POST /hooks/callbacks/{token}</c>: resumes the instance waiting in Wait for Callback with the posted
/// body, once. 404 for an unknown or used token, 410 when the instance has finished.</summary>
internal static class CallbackEndpoint
{
    private const int MaxTokenLength = 128;

    public static async Task<IResult> HandleAsync(
        string token, HttpContext context, FlowEngine engine, ICallbackTokenLedger ledger, WaitForCallbackPending pending, IOptions<ServerOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (token.Length > MaxTokenLength) return Unknown();
        var body = await WebhookBody.ReadAsync(context.Request, options.Value.MaxWebhookBytes, cancellationToken);
        var payload = await WebhookPayload.ReadAsync(context.Request, body, cancellationToken);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (!await ledger.TryUseAsync(hash, time.GetUtcNow(), cancellationToken))
            return ApiProblems.NotFound("Callback already used", "This callback URL was already used; a callback resumes its flow once. Ask the flow for a new one.");

        var stimulus = new Stimulus(WaitForCallback.StimulusName, payload, token);
        DeliveryResult result;
        string? instanceId;
        try
        {
            (result, instanceId) = await engine.DeliverByBookmarkAsync(stimulus, cancellationToken);
            if (result == DeliveryResult.NotFound && pending.FindInstance(token) is { } early)
            {
                // The flow is still notifying the other system about this URL: the engine keeps the callback until the wait begins.
                instanceId = early;
                result = await engine.DeliverAsync(early, stimulus, cancellationToken);
            }
        }
        catch
        {
            // Nothing was delivered: the callback may be sent again.
            await ledger.ForgetAsync(hash, CancellationToken.None);
            throw;
        }
        switch (result)
        {
            case DeliveryResult.Accepted:
                await ledger.SetInstanceAsync(hash, instanceId!, CancellationToken.None);
                return TypedResults.Accepted($"/api/instances/{instanceId}", new WebhookAcceptedView(instanceId!));
            case DeliveryResult.Finished:
                return Gone(instanceId!);
        }
        await ledger.ForgetAsync(hash, CancellationToken.None);
        return await ledger.FindFinishedInstanceAsync(token, cancellationToken) is { } finished ? Gone(finished) : Unknown();
    }

    private static IResult Unknown() =>
        ApiProblems.NotFound("No such callback", "No flow waits on this callback URL. Check the URL the flow handed out (output 'callbackUrl' of Wait for Callback).");

    private static IResult Gone(string instanceId) =>
        ApiProblems.Create(StatusCodes.Status410Gone, "Flow no longer waiting",
            $"Instance '{instanceId}' has finished (it may have timed out); this callback URL no longer resumes anything.", ("instanceId", instanceId));
}
