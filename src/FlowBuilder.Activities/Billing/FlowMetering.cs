using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Activities.Billing;

/// <summary>How built-in activities count billable actions (<see cref="BillingMetrics"/>): through the host's <see cref="IMeter"/>,
/// with a source id stable for the node's execution (<see cref="ActivityContext.ExecutionKey"/>), so a retry or replay is charged
/// once. A metering failure is logged and never fails the node.</summary>
internal static class FlowMetering
{
    /// <summary>Counts <paramref name="quantity"/> of <paramref name="metric"/> once for this execution of the node.</summary>
    public static ValueTask RecordAsync(ActivityContext context, string metric, decimal quantity) =>
        RecordAsync(context, metric, quantity, context.ExecutionKey);

    /// <summary>Counts the characters of a text-to-speech prompt that was played (completed, or stopped by a digit);
    /// each prompt of the execution is its own event (<c>instance:node:step</c>, then <c>…:2</c>, <c>…:3</c>).</summary>
    public static async ValueTask SpokenAsync(ActivityContext context, Prompt prompt, CallOperationResult played)
    {
        if (prompt.Kind != PromptKind.Speech || prompt.Value.Length == 0) return;
        if (played.Status is not (CallOperationStatus.Completed or CallOperationStatus.Interrupted)) return;
        var number = context.NextEventNumber();
        var source = number == 1 ? context.ExecutionKey : $"{context.ExecutionKey}:{number}";
        await RecordAsync(context, BillingMetrics.TtsCharacters, prompt.Value.Length, source).ConfigureAwait(false);
    }

    private static async ValueTask RecordAsync(ActivityContext context, string metric, decimal quantity, string sourceId)
    {
        if (context.Services.GetService<IMeter>() is not { } meter) return;
        var metricEvent = new MetricEvent(context.CompanyId, metric, quantity, sourceId, context.Time.GetUtcNow());
        await meter.RecordQuietlyAsync(metricEvent, context.Logger, context.CancellationToken).ConfigureAwait(false);
    }
}
