namespace FlowBuilder.Engine.Accounts;

/// <summary>The dotted names of <see cref="Permission"/> values (<c>flows.write</c>), as the API and the web app show them.</summary>
public static class PermissionNames
{
    private static readonly IReadOnlyDictionary<Permission, string> Names = new Dictionary<Permission, string>
    {
        [Permission.FlowsRead] = "flows.read",
        [Permission.FlowsWrite] = "flows.write",
        [Permission.FlowsRun] = "flows.run",
        [Permission.CampaignsRead] = "campaigns.read",
        [Permission.CampaignsWrite] = "campaigns.write",
        [Permission.CampaignsControl] = "campaigns.control",
        [Permission.NumbersRead] = "numbers.read",
        [Permission.NumbersWrite] = "numbers.write",
        [Permission.CallsRead] = "calls.read",
        [Permission.IntegrationsWrite] = "integrations.write",
        [Permission.BillingRead] = "billing.read",
        [Permission.BillingManage] = "billing.manage",
        [Permission.UsersManage] = "users.manage",
        [Permission.System] = "system",
    };

    public static string Of(Permission permission) => Names[permission];

    public static IReadOnlyCollection<string> All => [.. Names.Values];
}
