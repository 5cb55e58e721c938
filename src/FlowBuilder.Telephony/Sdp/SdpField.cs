namespace FlowBuilder.Telephony.Sdp;

/// <summary>A line kept as written (i=, u=, e=, p=, b=, r=, z=, k= and unknown types), for faithful round trips.</summary>
public readonly record struct SdpField(char Type, string Value)
{
    public override string ToString() => $"{Type}={Value}";
}
