using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>An extension as the API shows it: the password never, only whether one is set.</summary>
internal sealed record ExtensionView(string Number, string DisplayName, bool HasPassword, bool Enabled, int RingSeconds, ForwardingBody Forwarding)
{
    public static ExtensionView From(Extension extension)
    {
        var forwarding = extension.Forwarding;
        var schedule = (forwarding.Schedule ?? []).Select(s => new ScheduleEntryBody(
            s.Days.Select(WeekDays.Name).ToList(), s.From.ToString("HH:mm", null), s.To.ToString("HH:mm", null), s.Target)).ToList();
        return new ExtensionView(extension.Number, extension.DisplayName, !string.IsNullOrEmpty(extension.Password), extension.Enabled, extension.RingSeconds,
            new ForwardingBody(forwarding.Always, forwarding.OnBusy, forwarding.OnNoAnswer, forwarding.TimeZone, schedule));
    }
}
