namespace FlowBuilder.Campaigns.Dialing;

/// <summary>Enum values as the API writes them (camelCase: <c>autoInformer</c>, <c>noAnswer</c>).</summary>
internal static class JsonNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
