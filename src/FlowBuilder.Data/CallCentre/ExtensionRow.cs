using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.CallCentre;

internal sealed class ExtensionRow
{
    public string Number { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Password { get; set; } = "";
    public bool Enabled { get; set; }
    public int RingSeconds { get; set; }
    public string? ForwardAlways { get; set; }
    public string? ForwardOnBusy { get; set; }
    public string? ForwardOnNoAnswer { get; set; }
    public string? ForwardTimeZone { get; set; }
    public string? ForwardScheduleJson { get; set; }

    public static ExtensionRow Of(Extension extension) => new ExtensionRow().CopyFrom(extension);

    public ExtensionRow CopyFrom(Extension extension)
    {
        Number = extension.Number;
        CompanyId = extension.CompanyId;
        DisplayName = extension.DisplayName;
        Password = extension.Password;
        Enabled = extension.Enabled;
        RingSeconds = extension.RingSeconds;
        var forwarding = extension.Forwarding;
        ForwardAlways = forwarding.Always;
        ForwardOnBusy = forwarding.OnBusy;
        ForwardOnNoAnswer = forwarding.OnNoAnswer;
        ForwardTimeZone = forwarding.TimeZone;
        ForwardScheduleJson = forwarding.Schedule is null ? null : ColumnJson.Write(forwarding.Schedule);
        return this;
    }

    public Extension ToExtension() => new(CompanyId, Number, DisplayName, Password)
    {
        Enabled = Enabled,
        RingSeconds = RingSeconds,
        Forwarding = ForwardAlways is null && ForwardOnBusy is null && ForwardOnNoAnswer is null && ForwardTimeZone is null && ForwardScheduleJson is null
            ? ExtensionForwarding.None
            : new ExtensionForwarding(ForwardAlways, ForwardOnBusy, ForwardOnNoAnswer,
                ForwardScheduleJson is null ? null : ColumnJson.Read<List<ScheduledForward>>(ForwardScheduleJson), ForwardTimeZone),
    };
}
