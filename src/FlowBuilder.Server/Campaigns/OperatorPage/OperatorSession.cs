namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>A signed-in operator: the bearer token their page sends, who they are and which campaign they work.</summary>
internal sealed record OperatorSession(string Token, string CompanyId, string CampaignId, string Extension, DateTimeOffset ExpiresAt)
{
    public static OperatorSession From(HttpContext context) =>
        context.Items[typeof(OperatorSession)] as OperatorSession
            ?? throw new InvalidOperationException("The operator endpoint ran without OperatorAuthentication in front of it.");
}
