using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

internal static class WebhookEndpoint
{
    public static async Task<IResult> HandleAsync(
        string? path, HttpContext context, TriggerDirectory triggers, FlowEngine engine, IOptions<ServerOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = TriggerKeys.Normalize(TriggerType.Webhook, path ?? "");
        var binding = key.Length == 0 ? null : await triggers.FindAsync(TriggerType.Webhook, key, cancellationToken);
        if (binding is null)
            return ApiProblems.NotFound("No webhook here",
                $"No published flow listens on /hooks/{path}. Publish a flow whose trigger is {{\"type\": \"webhook\", \"path\": \"{key}\"}}.", ("path", key));

        var payload = await WebhookPayload.ReadAsync(context.Request, cancellationToken);
        var input = payload is Dictionary<string, object?> fields ? new Dictionary<string, object?>(fields, StringComparer.Ordinal) : null;
        var correlationId = context.Request.Headers["X-Correlation-Id"].FirstOrDefault();
        var request = new StartRequest(binding.CompanyId, binding.FlowId, binding.Version, input, payload, correlationId);
        var handle = await engine.StartAsync(request, cancellationToken);
        if (!binding.Synchronous && !await RepliesAsync(engine, binding, cancellationToken))
            return TypedResults.Accepted($"/api/instances/{handle.InstanceId}", new WebhookAcceptedView(handle.InstanceId));

        FlowReply? reply;
        try
        {
            reply = await handle.Reply.WaitAsync(options.Value.WebhookTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return ApiProblems.Create(StatusCodes.Status504GatewayTimeout, "Flow did not reply in time",
                $"Flow '{binding.FlowId}' did not reply within {options.Value.WebhookTimeoutSeconds:0.###} s; instance '{handle.InstanceId}' goes on. Follow it at /api/instances/{handle.InstanceId}.",
                ("instanceId", handle.InstanceId));
        }
        if (reply is not null) return Valid(reply) ? new FlowReplyResult(reply) : InvalidReply(binding.FlowId, handle.InstanceId, reply);
        var settled = await handle.Finished;
        return TypedResults.Ok(new WebhookSettledView(handle.InstanceId, settled.Status, settled.Result, settled.FaultMessage));
    }

    private static async ValueTask<bool> RepliesAsync(FlowEngine engine, TriggerBinding binding, CancellationToken cancellationToken)
    {
        var plan = await engine.Plans.GetAsync(binding.CompanyId, binding.FlowId, binding.Version, cancellationToken);
        return plan.Nodes.Values.Any(node => node.Registration.Descriptor.Replies);
    }

    private static bool Valid(FlowReply reply) => reply.StatusCode is >= 200 and <= 599;

    private static IResult InvalidReply(string flowId, string instanceId, FlowReply reply) =>
        ApiProblems.Create(StatusCodes.Status502BadGateway, "Invalid flow reply",
            $"Flow '{flowId}' replied with status {reply.StatusCode}; a reply needs a status from 200 to 599.", ("instanceId", instanceId));
}
