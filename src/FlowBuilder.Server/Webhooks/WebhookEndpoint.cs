using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Http;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary><c>POST /hooks/{path}</c>: size limit, signature (flows with <c>signed: true</c>), idempotency key, then
/// the flow starts; synchronous or replying flows answer with the flow's reply, others with 202.</summary>
internal static class WebhookEndpoint
{
    public static async Task<IResult> HandleAsync(
        string? path, HttpContext context, TriggerDirectory triggers, FlowEngine engine, WebhookSignatureGuard signatures, WebhookIdempotency idempotency,
        IOptions<ServerOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = TriggerKeys.Normalize(TriggerType.Webhook, path ?? "");
        var binding = key.Length == 0 ? null : await triggers.FindAsync(TriggerType.Webhook, key, cancellationToken);
        if (binding is null)
            return ApiProblems.NotFound("No webhook here",
                $"No published flow listens on /hooks/{path}. Publish a flow whose trigger is {{\"type\": \"webhook\", \"path\": \"{key}\"}}.", ("path", key));
        var (idempotencyKey, badKey) = WebhookIdempotency.ReadKey(context.Request);
        if (badKey is not null) return badKey;

        var body = await WebhookBody.ReadAsync(context.Request, options.Value.MaxWebhookBytes, cancellationToken);
        var plan = await engine.Plans.GetAsync(binding.CompanyId, binding.FlowId, binding.Version, cancellationToken);
        if (plan.Definition.Trigger?.Signed == true)
        {
            var refused = await signatures.CheckAsync(binding, context.Request.Headers[WebhookSignature.HeaderName].ToString(), body, cancellationToken);
            if (refused is not null) return refused;
        }
        var payload = await WebhookPayload.ReadAsync(context.Request, body, cancellationToken);

        if (idempotencyKey is null) return (await RunAsync(context, binding, plan, payload, engine, options.Value, time, cancellationToken)).Answer;
        var earlier = await idempotency.ClaimAsync(binding, idempotencyKey, body, cancellationToken);
        if (earlier is not null) return earlier;
        (IResult Answer, string InstanceId) run;
        try
        {
            run = await RunAsync(context, binding, plan, payload, engine, options.Value, time, cancellationToken);
        }
        catch
        {
            // Nothing started (invalid input, unpublished flow…): the key is free for a corrected request.
            await idempotency.ReleaseAsync(binding, idempotencyKey);
            throw;
        }
        return idempotency.Record(binding, idempotencyKey, run.InstanceId, run.Answer);
    }

    private static async Task<(IResult Answer, string InstanceId)> RunAsync(
        HttpContext context, TriggerBinding binding, Engine.Compilation.ExecutablePlan plan, object? payload, FlowEngine engine, ServerOptions options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var input = payload is Dictionary<string, object?> fields ? new Dictionary<string, object?>(fields, StringComparer.Ordinal) : null;
        var correlationId = context.Request.Headers["X-Correlation-Id"].FirstOrDefault();
        var request = new StartRequest(binding.CompanyId, binding.FlowId, binding.Version, input, payload, correlationId);
        var handle = await engine.StartAsync(request, cancellationToken);
        var id = handle.InstanceId;
        if (!binding.Synchronous && !plan.Nodes.Values.Any(node => node.Registration.Descriptor.Replies))
            return (TypedResults.Accepted($"/api/instances/{id}", new WebhookAcceptedView(id)), id);

        FlowReply? reply;
        try
        {
            reply = await handle.Reply.WaitAsync(options.WebhookTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return (ApiProblems.Create(StatusCodes.Status504GatewayTimeout, "Flow did not reply in time",
                $"Flow '{binding.FlowId}' did not reply within {options.WebhookTimeoutSeconds:0.###} s; instance '{id}' goes on. Follow it at /api/instances/{id}.",
                ("instanceId", id)), id);
        }
        if (reply is not null) return (Valid(reply) ? new FlowReplyResult(reply) : InvalidReply(binding.FlowId, id, reply), id);
        var settled = await handle.Finished;
        return (TypedResults.Ok(new WebhookSettledView(id, settled.Status, settled.Result, settled.FaultMessage)), id);
    }

    private static bool Valid(FlowReply reply) => reply.StatusCode is >= 200 and <= 599;

    private static IResult InvalidReply(string flowId, string instanceId, FlowReply reply) =>
        ApiProblems.Create(StatusCodes.Status502BadGateway, "Invalid flow reply",
            $"Flow '{flowId}' replied with status {reply.StatusCode}; a reply needs a status from 200 to 599.", ("instanceId", instanceId));
}
