namespace FlowBuilder.Telephony.Sdp;

internal static class SdpDirections
{
    public static string Name(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    public static SdpDirection? Parse(string name) => name switch
    {
        "sendrecv" => SdpDirection.SendRecv,
        "sendonly" => SdpDirection.SendOnly,
        "recvonly" => SdpDirection.RecvOnly,
        "inactive" => SdpDirection.Inactive,
        _ => null,
    };

    /// <summary>The explicit direction among <paramref name="attributes"/>, or null.</summary>
    public static SdpDirection? Find(List<SdpAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value is null && Parse(attribute.Name) is { } direction) return direction;
        }
        return null;
    }

    public static void Replace(List<SdpAttribute> attributes, SdpDirection? direction)
    {
        attributes.RemoveAll(a => a.Value is null && Parse(a.Name) is not null);
        if (direction is { } value) attributes.Add(new SdpAttribute(Name(value), null));
    }

    public static bool Sends(SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.SendOnly;

    public static bool Receives(SdpDirection direction) => direction is SdpDirection.SendRecv or SdpDirection.RecvOnly;

    public static SdpDirection From(bool sends, bool receives) => (sends, receives) switch
    {
        (true, true) => SdpDirection.SendRecv,
        (true, false) => SdpDirection.SendOnly,
        (false, true) => SdpDirection.RecvOnly,
        _ => SdpDirection.Inactive,
    };
}
