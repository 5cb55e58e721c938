using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Authorization;

internal static class PermissionEndpointExtensions
{
    /// <summary>Lets only callers whose role grants <paramref name="permission"/> through: 401 without credentials, 403 naming the
    /// permission otherwise. Put it on a group to cover its endpoints; an endpoint's own call wins over its group's.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredPermission(permission));
}
