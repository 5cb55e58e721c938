namespace FlowBuilder.Server.Notifications;

/// <summary>A new signing secret, shown once; deliveries from now on are signed with it.</summary>
internal sealed record SecretView(string Id, string Secret);
