using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Session;

/// <param name="Email">Null for an API key.</param>
internal sealed record MeUserView(string Id, string? Email, string Name, Role Role, bool IsSystemAdministrator);
