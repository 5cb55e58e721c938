namespace FlowBuilder.Engine.Calls;

/// <summary>The flow instance a call belongs to, written on its CDR.</summary>
public sealed record CallOwner(string CompanyId, string FlowId, string InstanceId);
