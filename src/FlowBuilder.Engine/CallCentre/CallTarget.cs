namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// A resolved call target. The syntax people type: <c>101</c> (an extension's number, or a group's number), <c>ext:101</c>,
/// <c>group:sales</c>, or an outside number / SIP URI (<c>+15551234567</c>, <c>sip:bob@10.0.0.2</c>).
/// </summary>
public sealed record CallTarget(CallTargetKind Kind, string Value, Extension? Extension = null, ExtensionGroup? Group = null);
