using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Server.Campaigns.Settings;

/// <summary>Retry rules per disposition in requests and answers; a rule left out keeps its default.</summary>
internal sealed record RetryBody(RetryRuleBody? Busy, RetryRuleBody? NoAnswer, RetryRuleBody? Failed, RetryRuleBody? Abandoned)
{
    public static RetryBody From(RetryPolicy policy) =>
        new(RetryRuleBody.From(policy.Busy), RetryRuleBody.From(policy.NoAnswer), RetryRuleBody.From(policy.Failed), RetryRuleBody.From(policy.Abandoned));
}
