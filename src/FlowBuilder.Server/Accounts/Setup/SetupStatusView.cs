namespace FlowBuilder.Server.Accounts.Setup;

/// <param name="Needed">No user exists yet.</param>
/// <param name="TokenRequired">The request comes from another machine, so the set-up token from the server log is needed.</param>
internal sealed record SetupStatusView(bool Needed, bool TokenRequired);
