using System.Text.RegularExpressions;

namespace FlowBuilder.Engine.Flows;

public static partial class FlowIds
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);
}
