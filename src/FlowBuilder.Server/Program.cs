await FlowBuilder.Server.ServerApp.Build(args).RunAsync();

/// <summary>Entry point type, for WebApplicationFactory in the API tests.</summary>
public partial class Program;
