using System.Globalization;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>Turns a PUT body into an <see cref="Extension"/>, or field errors naming what to fix.</summary>
internal static class ExtensionRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxDisplayNameLength = 100;

    public static Extension? Build(string companyId, string number, ExtensionRequest request, Extension? existing, FieldErrors errors)
    {
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? number : request.DisplayName.Trim();
        if (displayName.Length > MaxDisplayNameLength) errors.Add("$.displayName", $"displayName is longer than {MaxDisplayNameLength} characters.");
        var password = request.Password ?? existing?.Password;
        if (password is null)
            errors.Add("$.password", $"A new extension needs a password: send \"password\" with at least {MinPasswordLength} characters. Softphones register with it.");
        else if (request.Password is not null && (password.Length < MinPasswordLength || password.Length > MaxPasswordLength))
            errors.Add("$.password", $"password must be {MinPasswordLength} to {MaxPasswordLength} characters long.");
        errors.Range("$.ringSeconds", "ringSeconds", request.RingSeconds, 5, 300);
        var forwarding = Forwarding(request.Forwarding, errors);
        if (errors.Any) return null;
        return new Extension(companyId, number, displayName, password!)
        {
            Enabled = request.Enabled ?? true,
            RingSeconds = request.RingSeconds ?? 20,
            Forwarding = forwarding,
        };
    }

    private static ExtensionForwarding Forwarding(ForwardingBody? body, FieldErrors errors)
    {
        if (body is null) return ExtensionForwarding.None;
        var always = Target("$.forwarding.always", "forwarding.always", body.Always, errors);
        var onBusy = Target("$.forwarding.onBusy", "forwarding.onBusy", body.OnBusy, errors);
        var onNoAnswer = Target("$.forwarding.onNoAnswer", "forwarding.onNoAnswer", body.OnNoAnswer, errors);
        string? timeZone = null;
        if (!string.IsNullOrWhiteSpace(body.TimeZone))
        {
            timeZone = body.TimeZone.Trim();
            if (!IsKnownTimeZone(timeZone))
                errors.Add("$.forwarding.timeZone", $"Unknown time zone '{timeZone}'. Use an IANA name such as Europe/Berlin or America/New_York, or leave it out for UTC.");
        }
        var schedule = new List<ScheduledForward>();
        for (var i = 0; i < (body.Schedule?.Count ?? 0); i++)
        {
            if (Entry(body.Schedule![i], $"$.forwarding.schedule[{i}]", $"forwarding.schedule[{i}]", errors) is { } entry) schedule.Add(entry);
        }
        if (always is null && onBusy is null && onNoAnswer is null && timeZone is null && schedule.Count == 0) return ExtensionForwarding.None;
        return new ExtensionForwarding(always, onBusy, onNoAnswer, schedule.Count == 0 ? null : schedule, timeZone);
    }

    private static ScheduledForward? Entry(ScheduleEntryBody? body, string path, string field, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add(path, $"{field} is null. Give {{ \"days\": [\"mon\"], \"from\": \"18:00\", \"to\": \"08:00\", \"target\": \"...\" }}.");
            return null;
        }
        var days = new List<DayOfWeek>();
        if (body.Days is null || body.Days.Count == 0) errors.Add($"{path}.days", $"{field}.days is empty. List the days it applies on: {WeekDays.Allowed}.");
        for (var d = 0; d < (body.Days?.Count ?? 0); d++)
        {
            if (WeekDays.Parse(body.Days![d]) is { } day)
            {
                if (!days.Contains(day)) days.Add(day);
            }
            else errors.Add($"{path}.days[{d}]", $"Unknown day '{body.Days[d]}' in {field}.days. Use {WeekDays.Allowed}.");
        }
        var from = Time($"{path}.from", $"{field}.from", body.From, errors);
        var to = Time($"{path}.to", $"{field}.to", body.To, errors);
        if (body.Target is null) errors.Add($"{path}.target", $"{field}.target is missing. Say where calls go in this period.");
        var target = Target($"{path}.target", $"{field}.target", body.Target, errors);
        return errors.Any ? null : new ScheduledForward(days, from!.Value, to!.Value, target!);
    }

    private static TimeOnly? Time(string path, string field, string? text, FieldErrors errors)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.Add(path, $"{field} '{text}' is not a time. Write it as HH:mm on a 24-hour clock, e.g. 08:00 or 18:30.");
        return null;
    }

    private static string? Target(string path, string field, string? value, FieldErrors errors)
    {
        if (value is null) return null;
        if (CallCentreNames.TargetProblem(field, value) is { } problem)
        {
            errors.Add(path, problem);
            return null;
        }
        return value;
    }

    private static bool IsKnownTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
