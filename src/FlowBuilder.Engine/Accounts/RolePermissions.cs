namespace FlowBuilder.Engine.Accounts;

/// <summary>
/// Which permissions each role has. Viewer reads; Operator also controls campaigns; Manager also writes flows, campaigns,
/// numbers, runs flows and manages integrations; Admin also manages the company's users, API keys and billing details;
/// a system administrator has everything, including <see cref="Permission.System"/>.
/// </summary>
public static class RolePermissions
{
    private static readonly Permission[] Viewer =
    [
        Permission.FlowsRead, Permission.CampaignsRead, Permission.NumbersRead, Permission.CallsRead, Permission.BillingRead,
    ];

    private static readonly Permission[] Operator = [.. Viewer, Permission.CampaignsControl];

    private static readonly Permission[] Manager =
    [
        .. Operator, Permission.FlowsWrite, Permission.FlowsRun, Permission.CampaignsWrite, Permission.NumbersWrite, Permission.IntegrationsWrite,
    ];

    private static readonly Permission[] Admin = [.. Manager, Permission.BillingManage, Permission.UsersManage];

    private static readonly IReadOnlyDictionary<Role, IReadOnlySet<Permission>> ByRole = new Dictionary<Role, IReadOnlySet<Permission>>
    {
        [Role.Viewer] = Viewer.ToHashSet(),
        [Role.Operator] = Operator.ToHashSet(),
        [Role.Manager] = Manager.ToHashSet(),
        [Role.Admin] = Admin.ToHashSet(),
    };

    private static readonly IReadOnlySet<Permission> SystemAdministrator = Enum.GetValues<Permission>().ToHashSet();

    public static IReadOnlySet<Permission> Of(Role role, bool isSystemAdministrator = false) =>
        isSystemAdministrator ? SystemAdministrator : ByRole[role];

    public static bool Allows(Role role, bool isSystemAdministrator, Permission permission) => Of(role, isSystemAdministrator).Contains(permission);
}
