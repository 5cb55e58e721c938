using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>Who walks: a name for the report, the client, and the role it holds (null: anonymous).</summary>
internal sealed record WalkCaller(string Name, HttpClient Client, Role? Role)
{
    public bool Has(Permission permission) => Role is { } role && RolePermissions.Allows(role, false, permission);
}
