namespace FlowBuilder.Engine.Http;

public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,

    /// <summary>The timestamp is outside the tolerance (old, or from the future).</summary>
    Expired,
    Mismatch,
}
