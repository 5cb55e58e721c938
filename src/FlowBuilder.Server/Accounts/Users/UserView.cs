using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Users;

internal sealed record UserView(
    string Id, string Email, string Name, Role Role, bool Disabled, bool IsSystemAdministrator, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt)
{
    public static UserView From(UserAccount user) =>
        new(user.Id, user.Email, user.Name, user.Role, user.Disabled, user.IsSystemAdministrator, user.CreatedAt, user.LastSignInAt);
}
