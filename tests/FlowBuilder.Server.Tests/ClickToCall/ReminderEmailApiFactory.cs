namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>The click-to-call server sending its reminder e-mails to the SMTP server on loopback at <paramref name="smtpPort"/>,
/// looking for due reminders every <see cref="PollSeconds"/> of its clock and linking to <see cref="PublicBaseUrl"/>.</summary>
public sealed class ReminderEmailApiFactory(int smtpPort) : ClickToCallApiFactory
{
    /// <summary>An interval no other timer of the server uses, so that its timer being armed means a pass has finished.</summary>
    public static readonly TimeSpan PollSeconds = TimeSpan.FromSeconds(97);

    public const string PublicBaseUrl = "https://flows.acme.example/";

    public const string From = "reminders@flows.acme.example";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["FlowBuilder:ClickToCall:ReminderPollSeconds"] = PollSeconds.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlowBuilder:ClickToCall:PublicBaseUrl"] = PublicBaseUrl,
        ["FlowBuilder:Email:Smtp:Host"] = "127.0.0.1",
        ["FlowBuilder:Email:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlowBuilder:Email:Smtp:TimeoutSeconds"] = "10",
        ["FlowBuilder:Email:From"] = From,
    };
}
