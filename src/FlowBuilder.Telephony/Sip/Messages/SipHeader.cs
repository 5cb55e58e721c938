namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>One header line: canonical long name and the value as written (folding removed).</summary>
public readonly record struct SipHeader(string Name, string Value)
{
    public override string ToString() => $"{Name}: {Value}";
}
