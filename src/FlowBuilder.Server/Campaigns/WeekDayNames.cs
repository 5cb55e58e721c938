namespace FlowBuilder.Server.Campaigns;

/// <summary>Days as campaign schedules write them: <c>monday</c> … <c>sunday</c> (three-letter forms and any case accepted on input).</summary>
internal static class WeekDayNames
{
    public const string Allowed = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek? Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value)) return null;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = Name(day);
            if (value == name || (value.Length == 3 && name.StartsWith(value, StringComparison.Ordinal))) return day;
        }
        return null;
    }
}
