using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Authorization;

/// <summary>Endpoint metadata: the permission a caller needs (see <see cref="PermissionEndpointExtensions.RequirePermission{TBuilder}"/>).</summary>
internal sealed record RequiredPermission(Permission Permission);
