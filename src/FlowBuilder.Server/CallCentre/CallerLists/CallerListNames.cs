using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.CallerLists;

/// <summary>The lists' names in URLs: <c>blocked</c> and <c>allowed</c>.</summary>
internal static class CallerListNames
{
    public static string Name(CallerListKind kind) => kind == CallerListKind.Blocked ? "blocked" : "allowed";

    public static CallerListKind? Parse(string? list) => list?.ToLowerInvariant() switch
    {
        "blocked" => CallerListKind.Blocked,
        "allowed" => CallerListKind.Allowed,
        _ => null,
    };
}
