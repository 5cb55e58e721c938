using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Activities.Billing;

/// <summary>Counts a billable action of the flow's own (an order taken, a lead qualified) under a metric the company's tariff prices.</summary>
[Activity("billing.record-metric", Category = "Billing", DisplayName = "Record metric",
    Description = "Counts something billable the flow did under a metric name (e.g. orders.placed); the company's tariff prices it per unit "
        + "and the charge is taken from its balance. Each event is charged once: 'recorded' when it is new, 'duplicate' when an event with the "
        + "same key was recorded before (the default key is this node's execution, so a retry or replay is not charged twice).")]
[Outcomes(RecordMetricOutcomes.Recorded, RecordMetricOutcomes.Duplicate)]
[Output("amount", "number", Description = "What the event was charged, in the tariff's currency (positive; 0 for a duplicate or an unpriced metric).")]
[Output("balance", "number", Description = "The company's balance after the charge.")]
[Output("key", "string", Description = "The idempotency key used.")]
public sealed class RecordMetric(IMeter meter) : Activity<RecordMetric.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Description = "The metric's name: lower-case letters, digits, '.', '-' and '_', 64 at most, e.g. orders.placed or sms.sent.")]
        Expression<string> Metric,
        [property: Input(Description = "How many units to count; more than 0. Default 1.")] Expression<double>? Quantity = null,
        [property: Input(DisplayName = "Idempotency key", Description = "Events with the same key are charged once (e.g. {{ input.orderId }}). "
            + "Empty: this execution of the node.")]
        Expression<string>? Key = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var metric = context.Eval(inputs.Metric)?.Trim();
        if (!BillingMetrics.IsValidName(metric))
            return Outcome.Fault($"Record metric node '{context.NodeId}': '{metric}' is not a metric name. Use lower-case letters, digits, '.', '-' and '_' "
                + "(64 at most, starting with a letter or digit), e.g. orders.placed.");
        var quantity = context.Eval(inputs.Quantity, 1);
        if (double.IsNaN(quantity) || double.IsInfinity(quantity) || quantity <= 0)
            return Outcome.Fault($"Record metric node '{context.NodeId}': quantity must be more than 0, not {quantity}.");
        var key = context.Eval(inputs.Key, null!)?.Trim();
        if (string.IsNullOrEmpty(key)) key = context.ExecutionKey;
        else if (key.Length > 200) return Outcome.Fault($"Record metric node '{context.NodeId}': the idempotency key is {key.Length} characters; use 200 at most.");

        var result = await meter.RecordAsync(new MetricEvent(context.CompanyId, metric!, (decimal)quantity, key, context.Time.GetUtcNow()), context.CancellationToken);
        context.SetOutput("key", key);
        // A charge is posted negative; the output is what it cost (never -0).
        context.SetOutput("amount", result.Posted && result.Amount < 0 ? Math.Round(-result.Amount, 4, MidpointRounding.AwayFromZero) : 0m);
        context.SetOutput("balance", result.Balance);
        return Outcome.To(result.Posted ? RecordMetricOutcomes.Recorded : RecordMetricOutcomes.Duplicate);
    }
}
