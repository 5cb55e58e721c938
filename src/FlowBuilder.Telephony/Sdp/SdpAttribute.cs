namespace FlowBuilder.Telephony.Sdp;

/// <summary>An <c>a=name[:value]</c> line; <see cref="Value"/> is null for a property attribute such as <c>a=sendrecv</c>.</summary>
public readonly record struct SdpAttribute(string Name, string? Value)
{
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
