namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>One <c>;name[=value]</c> parameter; <see cref="Value"/> is null for a flag such as <c>;lr</c>.</summary>
public readonly record struct SipParameter(string Name, string? Value);
