namespace FlowBuilder.Server.Home;

internal sealed record HomeView(string Name, string Message, string OpenApi, string Activities, string Flows, string Health);
