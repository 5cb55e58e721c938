namespace FlowBuilder.Engine.Calls;

public sealed record CallRecordingQuery(string? CompanyId = null, string? CallId = null, string? InstanceId = null, int Limit = 100);
