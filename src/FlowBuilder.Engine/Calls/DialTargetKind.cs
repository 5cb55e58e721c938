namespace FlowBuilder.Engine.Calls;

/// <summary>What the <c>To</c> of a <see cref="DialRequest"/> names.</summary>
public enum DialTargetKind
{
    /// <summary>An outside number or SIP URI: placed through the outbound routes (or the named trunk).</summary>
    Number,

    /// <summary>An internal extension: rung at every contact it has registered; not registered is <see cref="DialStatus.Failed"/> with 480.</summary>
    Extension,
}
