namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>Days as the API writes them: <c>mon</c> … <c>sun</c>.</summary>
internal static class WeekDays
{
    private static readonly string[] Names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public const string Allowed = "mon, tue, wed, thu, fri, sat, sun";

    public static string Name(DayOfWeek day) => Names[(int)day];

    public static DayOfWeek? Parse(string? text)
    {
        var index = Array.IndexOf(Names, text?.Trim().ToLowerInvariant());
        return index < 0 ? null : (DayOfWeek)index;
    }
}
