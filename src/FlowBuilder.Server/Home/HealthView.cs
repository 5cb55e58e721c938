namespace FlowBuilder.Server.Home;

internal sealed record HealthView(string Status);
